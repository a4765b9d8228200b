package dev.paycontract.mock.internal.validation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.paycontract.mock.internal.media.MediaTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A request or response body read once, the way Prism reads it (docs/prism-behaviour.md 3.1): JSON
 * when the content type is JSON, otherwise the raw text.
 */
sealed interface ParsedBody {

  /** No body bytes at all (absent or {@code Content-Length: 0}). */
  record Absent() implements ParsedBody {}

  /** The body as a tree: parsed JSON, or a text node holding the raw string. */
  record Present(JsonNode node) implements ParsedBody {}

  /** A JSON content type whose bytes do not parse; {@code detail} names line and column. */
  record Malformed(String detail) implements ParsedBody {}

  ObjectMapper MAPPER = new ObjectMapper(dev.paycontract.mock.internal.json.Json.readingFactory());

  /** {@link #MAPPER}, refusing content after the JSON value (the engine's malformed-JSON rule). */
  ObjectMapper STRICT_MAPPER =
      new ObjectMapper(dev.paycontract.mock.internal.json.Json.readingFactory())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * A JSON body read earlier with {@link #STRICT_MAPPER} ({@code node}, possibly null or missing
   * when the body was blank), as {@link #read} would give it for a JSON content type.
   */
  static ParsedBody ofJson(JsonNode node) {
    return node == null || node.isMissingNode() ? new Absent() : new Present(node);
  }

  static ParsedBody read(byte[] bytes, String contentType) {
    if (bytes.length == 0) {
      return new Absent();
    }
    if (!MediaTypes.isJson(contentType)) {
      return new Present(TextNode.valueOf(new String(bytes, StandardCharsets.UTF_8)));
    }
    try {
      JsonNode node = MAPPER.readTree(bytes);
      return node == null || node.isMissingNode() ? new Absent() : new Present(node);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      return new Malformed(
          "Request body is not valid JSON" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      return new Malformed("Request body is not valid JSON: " + e.getMessage());
    }
  }
}
