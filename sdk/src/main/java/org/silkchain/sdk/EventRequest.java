package org.silkchain.sdk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What to stream: from which height (empty: the next block), which kinds ({@code block}, {@code
 * receipt}, {@code event}; empty: all), and only events of a module and type.
 */
public record EventRequest(
    Optional<Long> from, List<String> kinds, Optional<String> module, Optional<String> type) {

  public static EventRequest live() {
    return new EventRequest(Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }

  public static EventRequest fromHeight(long height) {
    return live().startingAt(height);
  }

  public EventRequest startingAt(long height) {
    return new EventRequest(Optional.of(height), kinds, module, type);
  }

  public EventRequest only(String... kindNames) {
    return new EventRequest(from, List.of(kindNames), module, type);
  }

  public EventRequest ofModule(String name) {
    return new EventRequest(from, kinds, Optional.of(name), type);
  }

  public EventRequest ofType(String name) {
    return new EventRequest(from, kinds, module, Optional.of(name));
  }

  /** The query string for a stream starting at {@code start} (overrides {@link #from}). */
  String query(Optional<Long> start) {
    List<String> params = new ArrayList<>();
    start.or(() -> from).ifPresent(h -> params.add("from=" + h));
    if (!kinds.isEmpty()) {
      params.add("kinds=" + String.join(",", kinds));
    }
    module.ifPresent(m -> params.add("module=" + URLEncoder.encode(m, StandardCharsets.UTF_8)));
    type.ifPresent(t -> params.add("type=" + URLEncoder.encode(t, StandardCharsets.UTF_8)));
    return params.isEmpty() ? "" : "?" + String.join("&", params);
  }
}
