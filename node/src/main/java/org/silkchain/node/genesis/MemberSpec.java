package org.silkchain.node.genesis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One member as a members file describes it, already checked: id {@code [a-z0-9-]{1,32}}, at least
 * one role, an ISO 3166-1 alpha-2 jurisdiction, power at least 1.
 */
public record MemberSpec(
    String name, String id, List<Role> roles, String jurisdiction, boolean validator, long power) {
  public static final Pattern ID = Pattern.compile("[a-z0-9-]{1,32}");

  public MemberSpec {
    roles = List.copyOf(roles);
  }
}
