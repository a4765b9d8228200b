package dev.paycontract.mock.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.masking.LogMasking;
import dev.paycontract.mock.internal.media.MediaTypes;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.validation.ResponseValidator;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is wrong with one answer: an undeclared status; a body or header that breaks the declared
 * response ({@link ResponseValidator}, the mock's own); for a negative case, an answer that is not
 * a 4xx. An undeclared 4xx to a negative case is accepted only when the operation declares none of
 * 400, 422, 4XX and {@code default}: the spec then does not say how invalid input is answered (the
 * mock, like Prism, answers its own 422 problem), so there is nothing to hold the server to. Every
 * finding carries the spec file, a JSON pointer and what the server sent, secrets masked.
 */
final class AnswerChecker {

  private static final int SHOWN = 160;

  private final LoadedSpec spec;
  private final ResponseValidator validator;
  private final String file;

  AnswerChecker(LoadedSpec spec) {
    this.spec = spec;
    this.validator = new ResponseValidator(spec);
    this.file = spec.file().toString();
  }

  List<Finding> check(VerifyCase c, MockResponse r) {
    List<Finding> out = new ArrayList<>();
    ApiResponses responses = c.operation().getResponses();
    String sent =
        r.status()
            + (r.header("content-type") == null ? "" : " " + r.header("content-type"))
            + bodyExcerpt(r);
    if (c.negative() && (r.status() < 400 || r.status() > 499)) {
      out.add(
          new Finding(
              file,
              c.pointer() + "/responses",
              "status",
              "a request that breaks "
                  + String.join(".", c.broken())
                  + " must be answered with a declared 4xx",
              sent));
      return out;
    }
    Optional<String> key = declaredKey(responses, r.status());
    if (key.isEmpty()) {
      if (!(c.negative() && !declaresInvalidInputAnswer(responses))) {
        String declared = responses == null ? "" : String.join(", ", responses.keySet());
        out.add(
            new Finding(
                file,
                c.pointer() + "/responses",
                "status",
                "status " + r.status() + " is not declared (declared: " + declared + ")",
                sent));
      }
      return out;
    }
    String responsePointer = c.pointer() + "/responses/" + Pointers.escape(key.get());
    RoutedOperation routed =
        new RoutedOperation(
            spec,
            c.pathTemplate(),
            PathItem.HttpMethod.valueOf(c.method()),
            c.operation(),
            Map.of());
    for (Violation v : validator.validate(routed, r)) {
      if (v.severity() == Violation.Severity.Error) {
        out.add(finding(v, r, responses.get(key.get()), responsePointer));
      }
    }
    return out;
  }

  private Finding finding(Violation v, MockResponse r, ApiResponse declared, String pointer) {
    String rule = (v.code().isEmpty() ? "" : v.code() + ": ") + v.message();
    List<String> at = v.location();
    if (!at.isEmpty() && at.get(0).equals("body")) {
      String mediaType =
          MediaTypes.match(
                  String.valueOf(r.header("content-type")),
                  declared.getContent() == null ? List.of() : declared.getContent().keySet())
              .orElse("");
      return new Finding(
          file,
          pointer + "/content/" + Pointers.escape(mediaType) + "/schema",
          String.join(".", at),
          rule,
          valueAt(r, at.subList(1, at.size())));
    }
    if (!at.isEmpty() && at.get(0).equals("header")) {
      String name = at.size() > 1 ? at.get(1) : "";
      String value = name.isEmpty() ? null : r.header(name);
      return new Finding(
          file,
          pointer + "/headers" + (name.isEmpty() ? "" : "/" + Pointers.escape(name)),
          "header " + name,
          rule,
          value == null ? "no such header" : quote(LogMasking.header(name, value)));
    }
    return new Finding(
        file,
        pointer + "/content",
        "content-type",
        rule,
        quote(String.valueOf(r.header("content-type"))));
  }

  private static boolean declaresInvalidInputAnswer(ApiResponses responses) {
    return responses != null
        && responses.keySet().stream()
            .anyMatch(
                k ->
                    k.equals("400")
                        || k.equals("422")
                        || k.equalsIgnoreCase("4XX")
                        || k.equalsIgnoreCase("default"));
  }

  /** Exact code, then its range ({@code 4XX}), then {@code default}: OpenAPI 3.0 section 4.7.16. */
  static Optional<String> declaredKey(ApiResponses responses, int status) {
    if (responses == null) {
      return Optional.empty();
    }
    String code = Integer.toString(status);
    if (responses.containsKey(code)) {
      return Optional.of(code);
    }
    Optional<String> range =
        responses.keySet().stream()
            .filter(
                k ->
                    k.length() == 3
                        && k.charAt(0) == code.charAt(0)
                        && k.substring(1).equalsIgnoreCase("XX"))
            .findFirst();
    return range.isPresent()
        ? range
        : responses.containsKey("default") ? Optional.of("default") : Optional.empty();
  }

  private static String valueAt(MockResponse r, List<String> path) {
    try {
      JsonNode node = LogMasking.json(Json.MAPPER.readTree(r.body()));
      for (String segment : path) {
        node =
            node.isArray() && segment.matches("\\d+")
                ? node.path(Integer.parseInt(segment))
                : node.path(segment);
      }
      return node.isMissingNode()
          ? "no such member"
          : shorten(Json.MAPPER.writeValueAsString(node));
    } catch (java.io.IOException | RuntimeException e) {
      return quote(shorten(LogMasking.body(r.body(), r.header("content-type"))));
    }
  }

  private static String bodyExcerpt(MockResponse r) {
    return r.body().length == 0
        ? ""
        : " " + shorten(LogMasking.body(r.body(), r.header("content-type")));
  }

  private static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "...";
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
