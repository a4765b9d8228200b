package dev.paycontract.mock.internal.engine;

import dev.paycontract.mock.api.MockOptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.paycontract.mock.internal.body.assemble.ResponseAssembler.Parts;
import dev.paycontract.mock.internal.negotiation.ExampleSelector;
import dev.paycontract.mock.internal.negotiation.MediaTypeSelector;
import dev.paycontract.mock.internal.negotiation.Preferences;
import dev.paycontract.mock.internal.negotiation.StatusSelector;
import dev.paycontract.mock.internal.negotiation.StatusSelector.StatusChoice;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Status, media type and body for one routed request, as drawn in docs/response-selection.md:
 * {@link #forValid} follows Prefer / defaults and Accept (sections 5, 6, 10.1); {@link #forInvalid}
 * picks the spec's error response without consulting Accept (section 8.3).
 */
final class ResponsePicker {

  private final StatusSelector statuses = new StatusSelector();
  private final MediaTypeSelector mediaTypes = new MediaTypeSelector();
  private final ExampleSelector examples = new ExampleSelector();
  private final MockOptions options;

  ResponsePicker(MockOptions options) {
    this.options = options;
  }

  Outcome<Parts> forValid(SpecRuntime rt, Operation op, Preferences prefs, String accept, boolean head) {
    Outcome<StatusChoice> status = statuses.forValid(op, prefs.code());
    if (status instanceof Outcome.Failed<StatusChoice> f) {
      return Outcome.failed(f.problem());
    }
    StatusChoice choice = ((Outcome.Ok<StatusChoice>) status).value();
    Map<String, MediaType> content = content(choice);
    Outcome<Optional<String>> negotiated = mediaTypes.select(new ArrayList<>(content.keySet()), accept);
    if (negotiated instanceof Outcome.Failed<Optional<String>> f) {
      return Outcome.failed(f.problem());
    }
    String key = ((Outcome.Ok<Optional<String>>) negotiated).value().orElse(null);
    if (key == null && accept == null) {
      // Observed: without Accept, Prism labels a response without content text/plain (empty body).
      return Outcome.ok(new Parts(choice.status(), choice.response(), "text/plain", MissingNode.getInstance(), isDeprecated(op), head, null));
    }
    boolean dynamic = prefs.dynamic() != null ? prefs.dynamic() : options.dynamic();
    Random random = dynamic ? random(prefs) : null;
    JsonNode body = null;
    if (key != null) {
      MediaType mediaType = content.get(key);
      Schema<?> schema = mediaType == null ? null : mediaType.getSchema();
      // --ignoreExamples also ignores Prefer example= in static mode (6.4); dynamic mode honours it.
      String preferred = options.ignoreExamples() && !dynamic ? null : prefs.example();
      if (preferred != null) {
        Outcome<Optional<JsonNode>> example = examples.select(key, rt.bodies().examples(mediaType), preferred);
        if (example instanceof Outcome.Failed<Optional<JsonNode>> f) {
          return Outcome.failed(f.problem());
        }
        body = ((Outcome.Ok<Optional<JsonNode>>) example).value().orElse(null);
      } else if (dynamic) {
        if (schema == null) {
          return Outcome.failed(Problem.unknown(
              "Tried to force a dynamic response for: " + key + " but schema is not defined."));
        }
        body = rt.generator().generate(schema, random);
      } else if (!options.ignoreExamples()) {
        body = rt.bodies().examples(mediaType).values().stream().findFirst().orElse(null);
      }
      if (body == null) {
        Outcome<JsonNode> sampled = sample(rt, schema, choice.status());
        if (sampled instanceof Outcome.Failed<JsonNode> f) {
          return Outcome.failed(f.problem());
        }
        body = ((Outcome.Ok<JsonNode>) sampled).value();
      }
    }
    return Outcome.ok(new Parts(choice.status(), choice.response(), key, body, isDeprecated(op), head, random));
  }

  /** Empty when the operation declares none of the error responses: the caller answers a problem. */
  Optional<Outcome<Parts>> forInvalid(SpecRuntime rt, Operation op, List<Integer> codes, Preferences prefs, boolean head) {
    Optional<StatusChoice> found = statuses.forInvalid(op, codes, prefs.code());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StatusChoice choice = found.get();
    Map<String, MediaType> content = content(choice);
    String preferred = prefs.code() != null && codes.contains(prefs.code()) ? prefs.example() : null;
    // First media type with examples (none when examples are ignored), else first with a schema.
    for (Map.Entry<String, MediaType> e : content.entrySet()) {
      Map<String, JsonNode> named = options.ignoreExamples() ? Map.of() : rt.bodies().examples(e.getValue());
      if (!named.isEmpty()) {
        JsonNode body = preferred != null && named.containsKey(preferred) ? named.get(preferred) : named.values().iterator().next();
        return Optional.of(Outcome.ok(parts(choice, e.getKey(), body, op, head)));
      }
    }
    for (Map.Entry<String, MediaType> e : content.entrySet()) {
      if (e.getValue() != null && e.getValue().getSchema() != null) {
        Outcome<JsonNode> sampled = sample(rt, e.getValue().getSchema(), choice.status());
        if (sampled instanceof Outcome.Failed<JsonNode> f) {
          return Optional.of(Outcome.failed(f.problem()));
        }
        return Optional.of(Outcome.ok(parts(choice, e.getKey(), ((Outcome.Ok<JsonNode>) sampled).value(), op, head)));
      }
    }
    String first = content.isEmpty() ? null : content.keySet().iterator().next();
    return Optional.of(Outcome.ok(parts(choice, first, MissingNode.getInstance(), op, head)));
  }

  private static Parts parts(StatusChoice choice, String key, JsonNode body, Operation op, boolean head) {
    return new Parts(choice.status(), choice.response(), key, body, isDeprecated(op), head, null);
  }

  private static Outcome<JsonNode> sample(SpecRuntime rt, Schema<?> schema, int status) {
    if (schema == null) {
      return Outcome.ok(MissingNode.getInstance());
    }
    return rt.bodies().sample(schema)
        .<Outcome<JsonNode>>map(Outcome::ok)
        .orElseGet(() -> Outcome.failed(ProblemType.SCHEMA_TOO_COMPLEX,
            "Unable to generate body for response " + status + ": the schema exceeds the sampling budget."));
  }

  private Random random(Preferences prefs) {
    String seed = prefs.seed() != null ? prefs.seed() : options.seed();
    if (seed == null) {
      return new Random();
    }
    try {
      return new Random(Long.parseLong(seed.trim()));
    } catch (NumberFormatException e) {
      return new Random(seed.hashCode());
    }
  }

  private static Map<String, MediaType> content(StatusChoice choice) {
    return choice.response() == null || choice.response().getContent() == null ? Map.of() : choice.response().getContent();
  }

  private static boolean isDeprecated(Operation op) {
    return Boolean.TRUE.equals(op.getDeprecated());
  }
}
