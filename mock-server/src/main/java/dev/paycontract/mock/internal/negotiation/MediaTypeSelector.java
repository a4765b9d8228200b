package dev.paycontract.mock.internal.negotiation;

import dev.paycontract.mock.internal.media.MediaTypes;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.ProblemType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which declared media type answers an {@code Accept} header (Prism section 10.1): q-values and
 * wildcards; at equal q the more specific client entry, then the earlier client entry, then the
 * earlier declared type wins. Without {@code Accept}: a declared {@code *}{@code /*}, else {@code
 * application/json}, else the first declared type. Nothing acceptable: retry without media type
 * parameters, then 406.
 */
public final class MediaTypeSelector {

  private record MediaRange(
      String type, String subtype, Map<String, String> params, double q, int order) {}

  private record Candidate(
      String key, double q, int specificity, int acceptOrder, int declaredOrder) {}

  /**
   * @param declared media type keys in declaration order; empty when the response has no content
   * @param accept the Accept header, or null
   * @return the chosen key, empty when there is no content (served without body), or 406
   */
  public Outcome<Optional<String>> select(List<String> declared, String accept) {
    if (declared.isEmpty()) {
      return Outcome.ok(Optional.empty());
    }
    if (accept == null || accept.isBlank()) {
      for (String wanted : List.of("*/*", "application/json")) {
        for (String key : declared) {
          if (MediaTypes.essence(key).equals(wanted)) {
            return Outcome.ok(Optional.of(key));
          }
        }
      }
      return Outcome.ok(Optional.of(declared.get(0)));
    }
    List<MediaRange> ranges = parseAccept(accept);
    Optional<String> best = best(declared, ranges);
    if (best.isEmpty()) {
      List<MediaRange> bare = new ArrayList<>();
      for (MediaRange r : ranges) {
        bare.add(new MediaRange(r.type(), r.subtype(), Map.of(), r.q(), r.order()));
      }
      best = best(declared, bare);
    }
    return best.<Outcome<Optional<String>>>map(k -> Outcome.ok(Optional.of(k)))
        .orElseGet(
            () ->
                Outcome.failed(ProblemType.NOT_ACCEPTABLE, "Unable to find content for " + accept));
  }

  private static Optional<String> best(List<String> declared, List<MediaRange> ranges) {
    Candidate best = null;
    for (int i = 0; i < declared.size(); i++) {
      MediaRange provided = parse(declared.get(i), i);
      if (provided == null) {
        continue;
      }
      Candidate c = null;
      for (MediaRange r : ranges) {
        int s = specificity(r, provided);
        if (s < 0) {
          continue;
        }
        // Per provided type: the most specific matching entry, then the higher q, then the earlier.
        if (c == null
            || s > c.specificity()
            || s == c.specificity()
                && (r.q() > c.q() || r.q() == c.q() && r.order() < c.acceptOrder())) {
          c = new Candidate(declared.get(i), r.q(), s, r.order(), i);
        }
      }
      if (c == null || c.q() <= 0) {
        continue;
      }
      if (best == null || better(c, best)) {
        best = c;
      }
    }
    return Optional.ofNullable(best).map(Candidate::key);
  }

  private static boolean better(Candidate a, Candidate b) {
    if (a.q() != b.q()) {
      return a.q() > b.q();
    }
    if (a.specificity() != b.specificity()) {
      return a.specificity() > b.specificity();
    }
    if (a.acceptOrder() != b.acceptOrder()) {
      return a.acceptOrder() < b.acceptOrder();
    }
    return a.declaredOrder() < b.declaredOrder();
  }

  /** -1 when the range does not cover the provided type; higher is more specific. */
  private static int specificity(MediaRange range, MediaRange provided) {
    int s = 0;
    if (range.type().equals(provided.type())) {
      s |= 4;
    } else if (!range.type().equals("*")) {
      return -1;
    }
    if (range.subtype().equals(provided.subtype())) {
      s |= 2;
    } else if (!range.subtype().equals("*")) {
      return -1;
    }
    for (Map.Entry<String, String> p : range.params().entrySet()) {
      String value = provided.params().get(p.getKey());
      if (!p.getValue().equals("*") && !p.getValue().equalsIgnoreCase(value == null ? "" : value)) {
        return -1;
      }
    }
    if (!range.params().isEmpty()) {
      s |= 1;
    }
    return s;
  }

  private static List<MediaRange> parseAccept(String accept) {
    List<MediaRange> ranges = new ArrayList<>();
    int order = 0;
    for (String part : accept.split(",")) {
      MediaRange r = parse(part, order);
      if (r != null) {
        ranges.add(r);
        order++;
      }
    }
    return ranges;
  }

  private static MediaRange parse(String text, int order) {
    String[] parts = text.split(";");
    String[] typeAndSub = parts[0].trim().toLowerCase(Locale.ROOT).split("/", -1);
    if (typeAndSub.length != 2 || typeAndSub[0].isEmpty() || typeAndSub[1].isEmpty()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    double q = 1;
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split("=", 2);
      String k = kv[0].trim().toLowerCase(Locale.ROOT);
      String v = kv.length == 2 ? kv[1].trim().replace("\"", "") : "";
      if (k.equals("q")) {
        try {
          q = Double.parseDouble(v);
        } catch (NumberFormatException e) {
          q = 0;
        }
      } else if (!k.isEmpty()) {
        params.put(k, v);
      }
    }
    return new MediaRange(typeAndSub[0], typeAndSub[1], params, q, order);
  }
}
