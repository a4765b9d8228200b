package dev.paycontract.mock.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares our mock's answer to Prism's by the rules of section 16 of the behaviour reference:
 *
 * <ul>
 *   <li>status (or "no response");
 *   <li>the media-type essence of {@code Content-Type} (parameters such as {@code charset}
 *       ignored);
 *   <li>bodies: problem+json by {@code type}, {@code status}, member names and the set of {@code
 *       (location, code)} pairs of {@code validation} (messages free); other JSON structurally (key
 *       order and {@code 1} vs {@code 1.0} free); anything else byte for byte; in shape mode
 *       (dynamic) by JSON kinds only;
 *   <li>headers {@code WWW-Authenticate}, {@code Deprecation}, every {@code Access-Control-Allow-*}
 *       and {@code Access-Control-Expose-Headers}, {@code sl-violations} as a {@code (location,
 *       code)} set, and the case's own {@code compare.headers}.
 * </ul>
 */
public final class ExchangeComparator {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SHOWN = 600;

  /** Differences of {@code ours} from {@code prism}; empty when they agree. */
  public List<Difference> compare(
      ProbeCase probe, boolean shapeOnly, Exchange prism, Exchange ours) {
    List<Difference> differences = new ArrayList<>();
    if (!prism.hasResponse() || !ours.hasResponse()) {
      if (!prism.outcome().equals(ours.outcome())) {
        differences.add(new Difference("status", prism.outcome(), ours.outcome()));
      }
      return differences;
    }
    if (prism.status() != ours.status()) {
      differences.add(new Difference("status", prism.outcome(), ours.outcome()));
    }
    Optional<String> prismType = mediaType(prism);
    Optional<String> ourType = mediaType(ours);
    if (!prismType.equals(ourType)) {
      differences.add(new Difference("content-type", show(prismType), show(ourType)));
    }
    compareBodies(shapeOnly, prism, ours, prismType, ourType).ifPresent(differences::add);
    for (String header : headersToCompare(probe, prism, ours)) {
      compareHeader(header, shapeOnly, prism, ours).ifPresent(differences::add);
    }
    return differences;
  }

  // ---------------------------------------------------------------- content type

  /** {@code application/json; charset=utf-8} -> {@code application/json}. */
  static Optional<String> mediaType(Exchange exchange) {
    return exchange
        .header("content-type")
        .map(value -> value.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
        .filter(value -> !value.isEmpty());
  }

  private static boolean isJson(Optional<String> mediaType) {
    return mediaType.map(t -> t.equals("application/json") || t.endsWith("+json")).orElse(false);
  }

  // ---------------------------------------------------------------- bodies

  private Optional<Difference> compareBodies(
      boolean shapeOnly,
      Exchange prism,
      Exchange ours,
      Optional<String> prismType,
      Optional<String> ourType) {
    if (prism.body().length == 0 && ours.body().length == 0) {
      return Optional.empty();
    }
    // Prism's media type decides whether bodies are JSON; a wrong Content-Type of ours is
    // reported on its own and does not hide how the body itself compares.
    boolean json = isJson(prismType) || (prism.body().length == 0 && isJson(ourType));
    Optional<JsonNode> prismJson = json ? parse(prism) : Optional.empty();
    Optional<JsonNode> ourJson = json ? parse(ours) : Optional.empty();
    String problem = "application/problem+json";
    if (prismJson.isPresent() && ourJson.isPresent()) {
      JsonNode p = prismJson.get();
      JsonNode o = ourJson.get();
      if (prismType.orElse("").equals(problem) || ourType.orElse("").equals(problem)) {
        return ProblemKey.of(p).equals(ProblemKey.of(o))
            ? Optional.empty()
            : Optional.of(
                new Difference(
                    "body", "problem " + ProblemKey.of(p), "problem " + ProblemKey.of(o)));
      }
      if (shapeOnly) {
        List<String> mismatches = JsonShape.mismatches(p, o);
        return mismatches.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new Difference(
                    "body",
                    "shape of " + cut(p.toString()),
                    "shape of " + cut(o.toString()) + "\n    shape mismatches: " + mismatches));
      }
      return p.equals(NUMERIC_VALUE, o)
          ? Optional.empty()
          : Optional.of(new Difference("body", cut(p.toString()), cut(o.toString())));
    }
    if (shapeOnly && !json) {
      // Random text: both non-empty is the whole shape.
      return (prism.body().length == 0) == (ours.body().length == 0)
          ? Optional.empty()
          : Optional.of(new Difference("body", showBody(prism), showBody(ours)));
    }
    return java.util.Arrays.equals(prism.body(), ours.body())
        ? Optional.empty()
        : Optional.of(new Difference("body", showBody(prism), showBody(ours)));
  }

  private static Optional<JsonNode> parse(Exchange exchange) {
    if (exchange.body().length == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(exchange.body()));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  /** Numbers equal by value ({@code 1} and {@code 1.0}), everything else by JSON equality. */
  private static final java.util.Comparator<JsonNode> NUMERIC_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  // ---------------------------------------------------------------- headers

  private static Set<String> headersToCompare(ProbeCase probe, Exchange prism, Exchange ours) {
    Set<String> names =
        new TreeSet<>(
            List.of(
                "www-authenticate",
                "deprecation",
                "sl-violations",
                "access-control-allow-origin",
                "access-control-allow-headers",
                "access-control-allow-credentials",
                "access-control-allow-methods",
                "access-control-expose-headers"));
    for (Exchange exchange : List.of(prism, ours)) {
      exchange.headers().keySet().stream()
          .map(name -> name.toLowerCase(Locale.ROOT))
          .filter(name -> name.startsWith("access-control-allow-"))
          .forEach(names::add);
    }
    names.addAll(probe.compareHeaders());
    return names;
  }

  private static Optional<Difference> compareHeader(
      String name, boolean shapeOnly, Exchange prism, Exchange ours) {
    Optional<String> p = prism.header(name);
    Optional<String> o = ours.header(name);
    Function<Optional<String>, String> normal = value -> value.map(String::trim).orElse(null);
    if (name.equals("sl-violations")) {
      if (shapeOnly) {
        // Random values violate formats at random: only presence is stable.
        return p.isPresent() == o.isPresent()
            ? Optional.empty()
            : Optional.of(new Difference(name, show(p), show(o)));
      }
      Optional<String> pSet = p.map(ProblemKey::violationSet);
      Optional<String> oSet = o.map(ProblemKey::violationSet);
      return pSet.equals(oSet)
          ? Optional.empty()
          : Optional.of(
              new Difference(
                  name, show(pSet) + "  from " + show(p), show(oSet) + "  from " + show(o)));
    }
    return java.util.Objects.equals(normal.apply(p), normal.apply(o))
        ? Optional.empty()
        : Optional.of(new Difference(name, show(p), show(o)));
  }

  // ---------------------------------------------------------------- display

  private static String show(Optional<String> value) {
    return value.map(v -> "\"" + cut(v) + "\"").orElse("<absent>");
  }

  private static String showBody(Exchange exchange) {
    return exchange.body().length == 0 ? "<empty>" : cut(exchange.bodyText());
  }

  private static String cut(String text) {
    return text.length() <= SHOWN
        ? text
        : text.substring(0, SHOWN) + "... (" + text.length() + " chars)";
  }
}
