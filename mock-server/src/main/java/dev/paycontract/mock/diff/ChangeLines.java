package dev.paycontract.mock.diff;

import java.util.List;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.model.Changed;

/**
 * Collects the plain-words lines of one endpoint. A "where" locates the change inside the endpoint,
 * e.g. {@code "request body property `amount.value`"} or {@code "query parameter `limit`"}.
 */
final class ChangeLines {

  static final String FALLBACK =
      "incompatible change not phrased by the gate; see the openapi-diff report below";

  private final String endpoint;
  private final List<BreakingChange> out;

  ChangeLines(String endpoint, List<BreakingChange> out) {
    this.endpoint = endpoint;
    this.out = out;
  }

  /** "where: what", e.g. "request body property `intent`: enum value `CAPTURE` removed". */
  void add(String where, String what) {
    out.add(new BreakingChange(endpoint, where == null ? what : where + ": " + what));
  }

  /** The subject, then what became of it: "request body property `x` is now required". */
  void state(String subject, String predicate) {
    out.add(new BreakingChange(endpoint, subject + " " + predicate));
  }

  /**
   * Runs {@code body}; if {@code node} is incompatible and nothing was phrased, adds a fallback
   * line.
   */
  void guarded(Changed node, String where, Runnable body) {
    int before = out.size();
    body.run();
    if (out.size() == before && isIncompatible(node)) {
      add(where, FALLBACK);
    }
  }

  static boolean isIncompatible(Changed changed) {
    return changed != null && changed.isIncompatible();
  }

  /** "request body" + "amount" -> "request body property `amount`"; nested -> "`amount.value`". */
  static String child(String where, String name) {
    return where.contains(" property `") && where.endsWith("`")
        ? where.substring(0, where.length() - 1) + "." + name + "`"
        : where + " property `" + name + "`";
  }

  /** "request body property `lines`" -> "request body property `lines[]`". */
  static String items(String where) {
    return where.endsWith("`") ? where.substring(0, where.length() - 1) + "[]`" : where + " items";
  }

  static String plural(String noun, List<?> values) {
    return noun + (values.size() == 1 ? " " : "s ") + codes(values);
  }

  static String codes(List<?> values) {
    return values.stream().map(ChangeLines::code).collect(Collectors.joining(", "));
  }

  static String code(Object value) {
    return "`" + value + "`";
  }

  static <T> List<T> nullToEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
