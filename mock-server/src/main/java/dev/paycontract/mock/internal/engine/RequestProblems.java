package dev.paycontract.mock.internal.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.media.MediaTypes;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import dev.paycontract.mock.internal.validation.RequestValidator;
import dev.paycontract.mock.internal.validation.RequestVerdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The problems the engine builds itself, with Prism's wording where Prism has one. */
final class RequestProblems {

  private static final String UNAUTHORIZED_DETAIL =
      "Your request does not fullfil the security requirements and no HTTP unauthorized response"
          + " was found in the spec, so Prism is generating this error for you.";
  private static final String UNPROCESSABLE_DETAIL =
      "Your request is not valid and no HTTP validation response was found in the spec, so Prism is"
          + " generating this error for you.";
  static final String VIOLATIONS_DETAIL =
      "Your request/response is not valid and the --errors flag is set, so Prism is generating this"
          + " error for you.";

  private RequestProblems() {}

  /**
   * The statuses, in order, whose declared response answers an invalid request before {@link
   * #forInvalidRequest} does.
   */
  static List<Integer> declaredStatuses(RequestVerdict verdict) {
    return switch (verdict) {
      case RequestVerdict.Unauthorized u -> List.of(401);
      case RequestVerdict.UnsupportedMediaType m -> List.of(415, 422, 400);
      default -> List.of(422, 400);
    };
  }

  /**
   * The mock's own answer to an invalid request when the spec declares no error response (8.2, 9,
   * 10.2).
   */
  static Problem forInvalidRequest(RequestVerdict verdict) {
    return switch (verdict) {
      case RequestVerdict.Unauthorized u ->
          new Problem(
              ProblemType.UNAUTHORIZED,
              ProblemType.UNAUTHORIZED.title(),
              401,
              UNAUTHORIZED_DETAIL,
              List.of(),
              u.challenges().isEmpty()
                  ? Map.of()
                  : Map.of("WWW-Authenticate", String.join(",", u.challenges())));
      case RequestVerdict.UnsupportedMediaType m ->
          Problem.of(ProblemType.INVALID_CONTENT_TYPE, m.detail());
      default ->
          Problem.withValidation(
              ProblemType.UNPROCESSABLE_ENTITY, UNPROCESSABLE_DETAIL, verdict.violations());
    };
  }

  /**
   * A JSON request body parsed once, for {@link #malformedJson}'s rule and for the request
   * validator.
   *
   * @param malformed the 400 to answer with, or null
   * @param tree the body for {@link RequestValidator#validate(MockRequest,
   *     dev.paycontract.mock.internal.routing.RoutedOperation, JsonNode)}, or null (no JSON body,
   *     or the validator reads it itself)
   */
  record JsonBody(Problem malformed, JsonNode tree) {
    static final JsonBody NONE = new JsonBody(null, null);
  }

  /**
   * {@link #malformedJson} and the parsed body in one parse. The validator's reading (doubles for
   * decimals) is used; a body it refuses, or one with a decimal number (which the stricter reading
   * with BigDecimal could still refuse), is also checked by {@link #malformedJson}, for the same
   * verdict and wording.
   */
  static JsonBody parseJson(MockRequest request) {
    String type = request.header("content-type");
    if (!request.hasBody() || type == null || !MediaTypes.isJson(type)) {
      return JsonBody.NONE;
    }
    JsonNode tree;
    try {
      tree = RequestValidator.readJson(request.body());
    } catch (java.io.IOException | RuntimeException e) {
      return new JsonBody(malformedJson(request).orElse(null), null);
    }
    if (tree != null && hasDecimal(tree)) {
      Optional<Problem> strict = malformedJson(request);
      if (strict.isPresent()) {
        return new JsonBody(strict.get(), null);
      }
    }
    return new JsonBody(null, tree);
  }

  private static boolean hasDecimal(JsonNode node) {
    if (node.isFloatingPointNumber()) {
      return true;
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (hasDecimal(child)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Our deviation from Prism (which never answers): 400 at once, with the parser's position. */
  static Optional<Problem> malformedJson(MockRequest request) {
    String type = request.header("content-type");
    if (!request.hasBody() || type == null || !MediaTypes.isJson(type)) {
      return Optional.empty();
    }
    try {
      Json.MAPPER.readTree(request.body());
      return Optional.empty();
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      return Optional.of(
          Problem.of(
              ProblemType.INVALID_JSON,
              "Request body is not valid JSON"
                  + where
                  + ": "
                  + e.getOriginalMessage().lines().findFirst().orElse("")));
    } catch (java.io.IOException e) {
      return Optional.of(
          Problem.of(
              ProblemType.INVALID_JSON, "Request body is not valid JSON: " + e.getMessage()));
    }
  }

  static Problem tooLarge() {
    return Problem.of(
        ProblemType.PAYLOAD_TOO_LARGE,
        "Request body exceeds the limit of " + MockOptions.MAX_BODY_BYTES + " bytes (10 MB).");
  }
}
