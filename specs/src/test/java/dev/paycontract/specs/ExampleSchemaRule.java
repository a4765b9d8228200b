package dev.paycontract.specs;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every example (request and response media types, parameters, headers; single {@code example} and
 * named {@code examples}) validates against the schema next to it, with the OpenAPI 3.0 dialect of
 * the networknt validator ({@code nullable}, formats such as uuid, email and date-time asserted).
 * Local {@code $ref: '#/components/schemas/...'} resolve against the spec's own components.
 */
final class ExampleSchemaRule implements SpecRule {

  private static final SchemaRegistryConfig CONFIG =
      SchemaRegistryConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build();

  @Override
  public String name() {
    return "example-schema";
  }

  @Override
  public List<Finding> check(SpecDocument spec) {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi30(), builder -> builder.schemaRegistryConfig(CONFIG));
    String iri =
        "urn:paycontract:spec:" + spec.name().replaceAll("[^A-Za-z0-9._-]", "_") + ":site:";
    List<Finding> findings = new ArrayList<>();
    int siteIndex = 0;
    for (ExampleSites.Site site : ExampleSites.of(spec.tree())) {
      if (!site.node().has("schema")) {
        continue;
      }
      JsonPointer schemaPointer = site.pointer().appendProperty("schema");
      Schema schema =
          registry.getSchema(
              SchemaLocation.of(iri + siteIndex++), standalone(spec, site.node().get("schema")));
      if (site.node().has("example")) {
        validate(
            spec,
            schema,
            schemaPointer,
            "example",
            site.pointer().appendProperty("example"),
            site.node().get("example"),
            findings);
      }
      for (Map.Entry<String, JsonNode> named : site.node().path("examples").properties()) {
        JsonPointer examplePointer =
            site.pointer().appendProperty("examples").appendProperty(named.getKey());
        JsonNode example = named.getValue();
        if (example.has("$ref")) {
          examplePointer = localRef(example.get("$ref").asText());
          example = spec.tree().at(examplePointer);
        }
        if (example.has("value")) {
          validate(
              spec,
              schema,
              schemaPointer,
              "example '" + named.getKey() + "'",
              examplePointer.appendProperty("value"),
              example.get("value"),
              findings);
        }
      }
    }
    return findings;
  }

  private void validate(
      SpecDocument spec,
      Schema schema,
      JsonPointer schemaPointer,
      String label,
      JsonPointer valuePointer,
      JsonNode value,
      List<Finding> findings) {
    for (Error error : schema.validate(value)) {
      JsonPointer at = valuePointer;
      NodePath instance = error.getInstanceLocation();
      for (int i = 0; i < instance.getNameCount(); i++) {
        Object element = instance.getElement(i);
        at =
            element instanceof Integer index
                ? at.appendIndex(index)
                : at.appendProperty(String.valueOf(element));
      }
      findings.add(
          spec.finding(
              at,
              name(),
              label
                  + " does not match the schema at "
                  + schemaPointer
                  + " ("
                  + error.getKeyword()
                  + "): "
                  + error.getMessage()));
    }
  }

  /**
   * The site's schema as a document of its own that still holds the spec's {@code components}, so
   * local {@code $ref}s resolve. (Addressing the schema inside the whole spec by a URI fragment
   * fails for path templates: networknt cannot resolve braces in a fragment.)
   */
  private static ObjectNode standalone(SpecDocument spec, JsonNode schema) {
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    if (spec.tree().has("components")) {
      document.set("components", spec.tree().get("components"));
    }
    document.putArray("allOf").add(schema);
    return document;
  }

  private static JsonPointer localRef(String ref) {
    if (!ref.startsWith("#")) {
      throw new IllegalArgumentException("only local example $refs are supported: " + ref);
    }
    return JsonPointer.compile(ref.substring(1));
  }
}
