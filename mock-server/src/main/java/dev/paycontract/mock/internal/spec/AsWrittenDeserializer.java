package dev.paycontract.mock.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.lang.reflect.Field;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Swagger Parser's deserialiser, except that a schema's {@code example} stays as the document
 * writes it (ADR 0026).
 *
 * <p>For a 3.0 document the parser makes a typed schema per {@code type} and {@code format} ({@code
 * DateTimeSchema}, {@code UUIDSchema}, {@code IntegerSchema}, ...) and each of them converts its
 * example to its Java type: one that does not parse is dropped ({@code {format: date-time, example:
 * 2020-01-01}}), one that parses is rewritten ({@code 2017-07-12T00:00:00+00:00} comes back as
 * {@code ...Z}, a UUID in lower case, {@code "12"} as the number 12, a 20-digit {@code int64} as
 * nothing at all). Prism serves the example as written, and so do we: the typed schema keeps its
 * class, and its example gets back the value the parser reads for an untyped schema. The model has
 * no setter that skips the conversion, so the field is written directly; if a later Swagger version
 * renames it, examples stay converted and one debug line says so. {@code default} and {@code enum}
 * keep the conversion: their getters are typed, and the model's JSON serialisation, through which
 * the validator reads every schema, fails on a value of another type.
 */
final class AsWrittenDeserializer extends OpenAPIDeserializer {

  private static final Logger LOG = LoggerFactory.getLogger(AsWrittenDeserializer.class);

  private static final Field EXAMPLE = field("example");

  /**
   * The parser's schema; where its class converted the example (any value that differs from what
   * the parser reads), the example as written.
   */
  @Override
  @SuppressWarnings("rawtypes")
  public Schema getSchema(JsonNode node, String location, ParseResult result) {
    Schema schema = super.getSchema(node, location, result);
    if (schema != null
        && EXAMPLE != null
        && node instanceof ObjectNode object
        && object.has("example")) {
      Object asWritten = value(object, "example");
      if (!Objects.equals(asWritten, schema.getExample())) {
        try {
          EXAMPLE.set(schema, asWritten);
          schema.setExampleSetFlag(true);
        } catch (IllegalAccessException e) {
          LOG.debug("schema examples stay as Swagger Parser converted them: {}", e.toString());
        }
      }
    }
    return schema;
  }

  /** The value as the parser reads it for an untyped schema; JSON null as Java null. */
  private Object value(ObjectNode node, String key) {
    Object value = getAnyType(key, node, "", new ParseResult());
    return value instanceof NullNode ? null : value;
  }

  private static Field field(String name) {
    try {
      Field field = Schema.class.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("Schema.{} not found; schema values stay as Swagger Parser converts them", name);
      return null;
    }
  }
}
