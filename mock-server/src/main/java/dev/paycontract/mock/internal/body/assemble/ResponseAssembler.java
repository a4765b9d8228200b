package dev.paycontract.mock.internal.body.assemble;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.internal.body.dynamic.DynamicBodyGenerator;
import dev.paycontract.mock.internal.body.sample.SchemaSampler;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.media.MediaTypes;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Turns the chosen status, media type and body into a {@link MockResponse}: declared headers (6.5),
 * {@code deprecation: true}, {@code Content-type} (that casing, no charset; {@code *}{@code /*} is
 * sent as {@code text/plain}) and the serialised body; HEAD carries neither body nor Content-type,
 * 204 never a body (12.2).
 */
public final class ResponseAssembler {

  /** Prism's casing for mocked responses (its own errors use lower case). */
  public static final String CONTENT_TYPE = "Content-type";

  private final Refs refs;
  private final SchemaSampler sampler;
  private final DynamicBodyGenerator generator;
  private final BodySerializer serializer = new BodySerializer();

  public ResponseAssembler(Refs refs, SchemaSampler sampler, DynamicBodyGenerator generator) {
    this.refs = refs;
    this.sampler = sampler;
    this.generator = generator;
  }

  /**
   * What to send.
   *
   * @param status status code
   * @param response the declared response (for its headers)
   * @param mediaType chosen media type key, or null when the response has no content
   * @param body the body value, or null / MissingNode for an empty body
   * @param deprecated whether the operation is deprecated
   * @param head whether the request was a HEAD
   * @param random source for dynamic header values, or null for static samples
   */
  /**
   * What to assemble. {@code errorPath}: the spec's answer to an invalid request. Prism serves a
   * declared {@code *}{@code /*} as {@code text/plain} after negotiating, but its error path does
   * not negotiate and has no serializer for an object under {@code *}{@code /*}: a 500 (seen on
   * springdoc-generated specs, which declare every response as {@code *}{@code /*}).
   */
  public record Parts(
      int status,
      ApiResponse response,
      String mediaType,
      JsonNode body,
      boolean deprecated,
      boolean head,
      Random random,
      boolean errorPath) {}

  public Outcome<MockResponse> assemble(Parts parts) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (parts.deprecated()) {
      headers.put("deprecation", List.of("true"));
    }
    if (parts.response() != null && parts.response().getHeaders() != null) {
      for (Map.Entry<String, Header> h : parts.response().getHeaders().entrySet()) {
        headerValue(refs.header(h.getValue()), h.getKey(), parts.random())
            .ifPresent(v -> headers.put(h.getKey(), List.of(v)));
      }
    }
    if (parts.mediaType() == null || parts.head()) {
      return Outcome.ok(new MockResponse(parts.status(), headers, new byte[0]));
    }
    if (parts.status() == 204 || parts.status() == 304) {
      // No body ever; a Content-type only when the response was given one (no-Accept quirk).
      headers.put(CONTENT_TYPE, List.of(parts.mediaType()));
      return Outcome.ok(new MockResponse(parts.status(), headers, new byte[0]));
    }
    boolean wildcard = MediaTypes.essence(parts.mediaType()).equals("*/*");
    if (wildcard && parts.errorPath() && parts.body() != null && parts.body().isContainerNode()) {
      return Outcome.failed(Problem.unknown("Cannot find serializer for */*"));
    }
    String sent = wildcard ? "text/plain" : parts.mediaType();
    return serializer
        .serialize(sent, parts.body())
        .map(
            bytes -> {
              headers.put(CONTENT_TYPE, List.of(sent));
              return new MockResponse(parts.status(), headers, bytes);
            });
  }

  /**
   * Header example, else a sample of its schema. Strings and numbers are sent as text; booleans and
   * schema-less headers as the literal {@code null} (as Prism does); objects and arrays are left
   * out where Prism crashes (docs/prism-behaviour.md, quirk 15.18).
   */
  private Optional<String> headerValue(Header header, String name, Random random) {
    if (header == null) {
      return Optional.empty();
    }
    JsonNode value = null;
    if (header.getExample() != null) {
      value = Json.toNode(header.getExample());
    } else if (header.getExamples() != null && !header.getExamples().isEmpty()) {
      Example first = refs.example(header.getExamples().values().iterator().next());
      value = first == null ? null : Json.toNode(first.getValue());
    } else if (header.getSchema() != null) {
      value =
          random != null
              ? generator.generate(header.getSchema(), random, name)
              : sampler.sample(header.getSchema(), name).orElse(null);
    }
    if (value == null
        || value.isMissingNode()
        || value.isNull()
        || value.isBoolean() && random == null && header.getExample() == null) {
      return Optional.of("null");
    }
    if (value.isContainerNode()) {
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }
}
