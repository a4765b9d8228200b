package dev.paycontract.mock.internal.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.internal.body.assemble.ResponseAssembler.Parts;
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
 * Status, media type and body source for one routed request, as drawn in
 * docs/response-selection.md: {@link #forValid} follows Prefer, the mode flags and Accept
 * (docs/prism-behaviour.md sections 5, 6, 10.1); {@link #forInvalid} picks the spec's error
 * response without consulting Accept (section 8.3). Static vs dynamic vs ignore-examples and the
 * seed are decided here and nowhere else.
 */
public final class ResponseSelector {

  private final StatusSelector statuses = new StatusSelector();
  private final MediaTypeSelector mediaTypes = new MediaTypeSelector();
  private final ExampleSelector examples = new ExampleSelector();
  private final MockOptions options;

  public ResponseSelector(MockOptions options) {
    this.options = options;
  }

  public Outcome<Selection> forValid(
      BodySources bodies, Operation op, Preferences prefs, String accept, boolean head) {
    StatusChoice choice;
    switch (statuses.forValid(op, prefs.code())) {
      case Outcome.Failed<StatusChoice>(Problem p) -> {
        return Outcome.failed(p);
      }
      case Outcome.Ok<StatusChoice>(StatusChoice c) -> choice = c;
    }
    Map<String, MediaType> content = content(choice);
    String key;
    switch (mediaTypes.select(new ArrayList<>(content.keySet()), accept)) {
      case Outcome.Failed<Optional<String>>(Problem p) -> {
        return Outcome.failed(p);
      }
      case Outcome.Ok<Optional<String>>(Optional<String> k) -> key = k.orElse(null);
    }
    if (key == null && accept == null) {
      // Observed: without Accept, Prism labels a response without content text/plain (empty body).
      return ok(choice, "text/plain", MissingNode.getInstance(), op, head, null, null, false);
    }
    boolean dynamic = prefs.dynamic() != null ? prefs.dynamic() : options.dynamic();
    Random random = dynamic ? random(prefs) : null;
    if (key == null) {
      return ok(choice, null, null, op, head, random, null, false);
    }
    MediaType mediaType = content.get(key);
    Schema<?> schema = mediaType == null ? null : mediaType.getSchema();
    // --ignoreExamples also ignores Prefer example= in static mode (6.4); dynamic mode honours it.
    String preferred = options.ignoreExamples() && !dynamic ? null : prefs.example();
    JsonNode body = null;
    String example = null;
    if (preferred != null) {
      switch (examples.select(key, bodies.examples(mediaType), preferred)) {
        case Outcome.Failed<Optional<JsonNode>>(Problem p) -> {
          return Outcome.failed(p);
        }
        case Outcome.Ok<Optional<JsonNode>>(Optional<JsonNode> found) -> {
          body = found.orElse(null);
          example = found.isPresent() ? preferred : null;
        }
      }
    } else if (dynamic) {
      if (schema == null) {
        return Outcome.failed(
            Problem.unknown(
                "Tried to force a dynamic response for: " + key + " but schema is not defined."));
      }
      body = bodies.generate(schema, random);
    } else if (!options.ignoreExamples()) {
      Map.Entry<String, JsonNode> first = first(bodies.examples(mediaType));
      if (first != null) {
        body = first.getValue();
        example = first.getKey();
      }
    }
    if (body == null) {
      switch (sample(bodies, schema, choice.status())) {
        case Outcome.Failed<JsonNode>(Problem p) -> {
          return Outcome.failed(p);
        }
        case Outcome.Ok<JsonNode>(JsonNode sampled) -> body = sampled;
      }
    }
    return ok(choice, key, body, op, head, random, example, false);
  }

  /**
   * Empty when the operation declares none of the error responses: the caller answers a problem.
   */
  public Optional<Outcome<Selection>> forInvalid(
      BodySources bodies, Operation op, List<Integer> codes, Preferences prefs, boolean head) {
    Optional<StatusChoice> found = statuses.forInvalid(op, codes);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StatusChoice choice = found.get();
    Map<String, MediaType> content = content(choice);
    // Prism honours Prefer: example= here only when Prefer: code= names one of the error codes,
    // and then looks for the key in the response it found (404 when that one lacks it).
    String preferred =
        prefs.code() != null && codes.contains(prefs.code()) ? prefs.example() : null;
    // First media type with examples (none when examples are ignored), else first with a schema.
    for (Map.Entry<String, MediaType> e : content.entrySet()) {
      Map<String, JsonNode> named =
          options.ignoreExamples() ? Map.of() : bodies.examples(e.getValue());
      if (!named.isEmpty()) {
        if (preferred != null && !named.containsKey(preferred)) {
          return Optional.of(Outcome.failed(ExampleSelector.missingKey(e.getKey(), preferred)));
        }
        String name = preferred != null ? preferred : first(named).getKey();
        return Optional.of(ok(choice, e.getKey(), named.get(name), op, head, null, name, true));
      }
    }
    for (Map.Entry<String, MediaType> e : content.entrySet()) {
      if (e.getValue() != null && e.getValue().getSchema() != null) {
        return Optional.of(
            switch (sample(bodies, e.getValue().getSchema(), choice.status())) {
              case Outcome.Failed<JsonNode>(Problem p) -> Outcome.<Selection>failed(p);
              case Outcome.Ok<JsonNode>(JsonNode sampled) ->
                  ok(choice, e.getKey(), sampled, op, head, null, null, true);
            });
      }
    }
    String firstKey = content.isEmpty() ? null : content.keySet().iterator().next();
    return Optional.of(ok(choice, firstKey, MissingNode.getInstance(), op, head, null, null, true));
  }

  private static Outcome<Selection> ok(
      StatusChoice choice,
      String key,
      JsonNode body,
      Operation op,
      boolean head,
      Random random,
      String example,
      boolean errorPath) {
    boolean deprecated = Boolean.TRUE.equals(op.getDeprecated());
    Parts parts =
        new Parts(
            choice.status(), choice.response(), key, body, deprecated, head, random, errorPath);
    return Outcome.ok(new Selection(parts, example));
  }

  private static Map.Entry<String, JsonNode> first(Map<String, JsonNode> named) {
    return named.isEmpty() ? null : named.entrySet().iterator().next();
  }

  private static Outcome<JsonNode> sample(BodySources bodies, Schema<?> schema, int status) {
    if (schema == null) {
      return Outcome.ok(MissingNode.getInstance());
    }
    return bodies
        .sample(schema)
        .<Outcome<JsonNode>>map(Outcome::ok)
        .orElseGet(
            () ->
                Outcome.failed(
                    ProblemType.SCHEMA_TOO_COMPLEX,
                    "Unable to generate body for response "
                        + status
                        + ": the schema exceeds the sampling budget."));
  }

  /** {@code Prefer: seed=} first, then {@code --seed}; a seed that is not a number is hashed. */
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
    return choice.response() == null || choice.response().getContent() == null
        ? Map.of()
        : choice.response().getContent();
  }
}
