package dev.paycontract.mock.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded probe request: a line of a {@code prism-probe/cases-*.jsonl} file.
 *
 * <p>{@code headers} keep file order and may hold a {@code null} value, which means "this header
 * must not be sent" (e.g. no {@code Accept} at all). {@code body} is a JSON value sent serialised,
 * or a JSON string sent as is; {@code pad} grows the JSON body by a string property of the given
 * size.
 *
 * @param file the cases file the line came from, e.g. {@code cases-static.jsonl}
 * @param line its 1-based line number, for error messages
 * @param compareHeaders extra response headers to compare (lower case), from {@code
 *     compare.headers}
 * @param shapeOnly {@code compare.body == "shape"}: the body is random, compare its shape only
 */
public record ProbeCase(
    String file,
    int line,
    String id,
    String method,
    String path,
    Map<String, String> headers,
    JsonNode body,
    Pad pad,
    String note,
    List<String> compareHeaders,
    boolean shapeOnly) {

  /** Grows the JSON body: property {@code field} holding {@code bytes} characters. */
  public record Pad(String field, int bytes) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public ProbeCase {
    Objects.requireNonNull(id, "id");
    headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    compareHeaders = List.copyOf(compareHeaders);
  }

  /** Parses one non-comment line; fails naming the file, line and missing member. */
  public static ProbeCase parse(String file, int line, String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(
          file + ":" + line + ": not a JSON object: " + e.getMessage(), e);
    }
    String id = required(node, "id", file, line);
    Map<String, String> headers = new LinkedHashMap<>();
    JsonNode h = node.path("headers");
    for (Map.Entry<String, JsonNode> e : h.properties()) {
      headers.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
    }
    List<String> compareHeaders = new ArrayList<>();
    node.path("compare")
        .path("headers")
        .forEach(n -> compareHeaders.add(n.asText().toLowerCase(java.util.Locale.ROOT)));
    JsonNode padNode = node.get("pad");
    Pad pad =
        padNode == null
            ? null
            : new Pad(padNode.path("field").asText("pad"), padNode.path("bytes").asInt());
    return new ProbeCase(
        file,
        line,
        id,
        required(node, "method", file, line),
        required(node, "path", file, line),
        headers,
        node.get("body"),
        pad,
        node.path("note").asText(""),
        compareHeaders,
        "shape".equals(node.path("compare").path("body").asText()));
  }

  private static String required(JsonNode node, String member, String file, int line) {
    JsonNode value = node.get(member);
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw new IllegalArgumentException(
          file + ":" + line + ": member '" + member + "' is missing or not a string");
    }
    return value.asText();
  }

  /** The bytes to send, or empty when the case has no body member at all. */
  public Optional<byte[]> bodyBytes() {
    if (body == null) {
      return Optional.empty();
    }
    if (body.isTextual()) {
      return Optional.of(body.asText().getBytes(StandardCharsets.UTF_8));
    }
    JsonNode toSend = body;
    if (pad != null) {
      if (!body.isObject()) {
        throw new IllegalStateException(file + ":" + line + ": 'pad' needs an object body");
      }
      ObjectNode padded = ((ObjectNode) body).deepCopy();
      padded.put(pad.field(), "x".repeat(pad.bytes()));
      toSend = padded;
    }
    try {
      return Optional.of(JSON.writeValueAsBytes(toSend));
    } catch (Exception e) {
      throw new IllegalStateException(file + ":" + line + ": cannot serialise body", e);
    }
  }

  @Override
  public String toString() {
    return file + " " + id + " (" + method + " " + path + ")";
  }
}
