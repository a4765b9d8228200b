package dev.paycontract.mock.internal.body.dynamic;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Random;

/**
 * Random but schema-valid values for dynamic mode ({@code -d}, {@code Prefer: dynamic=true}, Prism
 * section 6.3). Given the same {@link Random} state it must return the same value, so a seed makes
 * responses repeatable.
 */
public interface DynamicBodyGenerator {

  /** A value valid against {@code schema}; JSON null only when the schema allows nothing else. */
  JsonNode generate(Schema<?> schema, Random random);

  /**
   * As {@link #generate(Schema, Random)}, for a value with a name (a header or parameter name) that
   * may suggest realistic content.
   */
  default JsonNode generate(Schema<?> schema, Random random, String name) {
    return generate(schema, random);
  }
}
