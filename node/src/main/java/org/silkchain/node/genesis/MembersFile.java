package org.silkchain.node.genesis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.node.yaml.StrictYaml;

/**
 * Reads a members file (the input of {@code silkchain genesis}), see the node contract:
 *
 * <pre>
 * chainId: silk-local
 * suite: ed25519            # or sm2
 * genesisTime: 1764000000000   # optional
 * members:
 *   - { name: ..., id: pboc, roles: [central-bank], jurisdiction: CN, validator: true, power: 1 }
 * </pre>
 *
 * Every problem (unknown field, bad role or jurisdiction, duplicate id, no validator) is a {@link
 * GenesisException} with a one-line reason.
 */
public final class MembersFile {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final int MAX_MEMBERS = 1024;
  private static final int MAX_NAME_LENGTH = 256;

  private MembersFile() {}

  record RawMember(
      String name,
      String id,
      List<String> roles,
      String jurisdiction,
      Boolean validator,
      Long power) {}

  record RawMembers(String chainId, String suite, Long genesisTime, List<RawMember> members) {}

  public static ConsortiumSpec read(Path file) throws GenesisException {
    RawMembers raw;
    try {
      raw = StrictYaml.read(file, RawMembers.class);
    } catch (IOException e) {
      throw new GenesisException(e.getMessage());
    }
    return check(raw);
  }

  static ConsortiumSpec check(RawMembers raw) throws GenesisException {
    if (raw.chainId() == null || !ChainId.isValid(raw.chainId())) {
      throw new GenesisException(
          "chainId: must match [a-z0-9][a-z0-9._-]* (at most 64), got " + raw.chainId());
    }
    SuiteId suite = suite(raw.suite());
    long time = raw.genesisTime() == null ? ConsortiumSpec.DEFAULT_GENESIS_TIME : raw.genesisTime();
    if (time < 0) {
      throw new GenesisException("genesisTime: must not be negative");
    }
    if (raw.members() == null || raw.members().isEmpty()) {
      throw new GenesisException("members: at least one member is needed");
    }
    if (raw.members().size() > MAX_MEMBERS) {
      throw new GenesisException("members: at most " + MAX_MEMBERS);
    }
    List<MemberSpec> members = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    for (int i = 0; i < raw.members().size(); i++) {
      MemberSpec m = member(raw.members().get(i), "members[" + i + "]");
      if (!ids.add(m.id())) {
        throw new GenesisException("members[" + i + "].id: duplicate id '" + m.id() + "'");
      }
      members.add(m);
    }
    ConsortiumSpec spec = new ConsortiumSpec(new ChainId(raw.chainId()), suite, time, members);
    if (spec.validators().isEmpty()) {
      throw new GenesisException("members: no member has validator: true");
    }
    return spec;
  }

  private static SuiteId suite(String label) throws GenesisException {
    if (label == null) {
      throw new GenesisException("suite: missing (ed25519 or sm2)");
    }
    return switch (label) {
      case "ed25519" -> SuiteId.ED25519;
      case "sm2" -> SuiteId.SM2_SM3;
      default -> throw new GenesisException("suite: must be ed25519 or sm2, got " + label);
    };
  }

  private static MemberSpec member(RawMember m, String where) throws GenesisException {
    if (m == null) {
      throw new GenesisException(where + ": empty entry");
    }
    if (m.name() == null || m.name().isBlank() || m.name().length() > MAX_NAME_LENGTH) {
      throw new GenesisException(where + ".name: 1.." + MAX_NAME_LENGTH + " characters needed");
    }
    if (m.id() == null || !MemberSpec.ID.matcher(m.id()).matches()) {
      throw new GenesisException(where + ".id: must match [a-z0-9-]{1,32}, got " + m.id());
    }
    if (m.roles() == null || m.roles().isEmpty()) {
      throw new GenesisException(where + ".roles: at least one role is needed");
    }
    List<Role> roles = new ArrayList<>();
    for (String label : m.roles()) {
      Role role =
          Role.fromLabel(label)
              .orElseThrow(() -> new GenesisException(where + ".roles: unknown role " + label));
      if (roles.contains(role)) {
        throw new GenesisException(where + ".roles: " + label + " twice");
      }
      roles.add(role);
    }
    if (m.jurisdiction() == null || !COUNTRIES.contains(m.jurisdiction())) {
      throw new GenesisException(
          where + ".jurisdiction: not an ISO 3166-1 alpha-2 code: " + m.jurisdiction());
    }
    if (m.validator() == null) {
      throw new GenesisException(where + ".validator: missing (true or false)");
    }
    long power = m.power() == null ? 1 : m.power();
    if (power < 1 || power > 1_000_000) {
      throw new GenesisException(where + ".power: must be in 1..1000000, got " + power);
    }
    return new MemberSpec(m.name(), m.id(), roles, m.jurisdiction(), m.validator(), power);
  }
}
