package dev.paycontract.mock.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** The one JSON mapper of the engine, and conversion of spec example values to JSON trees. */
public final class Json {

  /**
   * Longest number accepted in a request body: a 10,000-digit integer is valid JSON and is judged
   * by the schema, not refused as unreadable (Jackson's default stops at 1,000 digits); beyond
   * 100,000 digits it is INVALID_JSON, so no body can make the parser spend seconds on one number.
   */
  public static final int MAX_NUMBER_LENGTH = 100_000;

  /**
   * The parser limits every mapper reading request bodies uses (see {@link #MAX_NUMBER_LENGTH}).
   */
  public static final StreamReadConstraints READ_CONSTRAINTS =
      StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build();

  /** Compact output, keys in insertion order, exact decimals, trailing garbage rejected. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(READ_CONSTRAINTS).build())
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /**
   * A factory with {@link #READ_CONSTRAINTS}, for a mapper of its own that reads request bodies.
   */
  public static JsonFactory readingFactory() {
    return JsonFactory.builder().streamReadConstraints(READ_CONSTRAINTS).build();
  }

  /** For header values: pure ASCII so any HTTP stack can carry it. */
  private static final ObjectMapper ASCII_MAPPER =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private Json() {}

  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String asciiString(JsonNode node) {
    try {
      return ASCII_MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A spec value (from swagger-parser: JsonNode, String, Number, Boolean, Map, List, or the date
   * types swagger-core casts date/date-time examples to) as a JSON tree.
   */
  public static JsonNode toNode(Object value) {
    if (value == null) {
      return MAPPER.getNodeFactory().nullNode();
    }
    if (value instanceof JsonNode n) {
      return n;
    }
    if (value instanceof OffsetDateTime t) {
      return MAPPER.getNodeFactory().textNode(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
    if (value instanceof Date d) {
      return MAPPER
          .getNodeFactory()
          .textNode(d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString());
    }
    if (value instanceof BigDecimal b) {
      return MAPPER.getNodeFactory().numberNode(b);
    }
    if (value instanceof BigInteger b) {
      return MAPPER.getNodeFactory().numberNode(b);
    }
    return MAPPER.valueToTree(value);
  }
}
