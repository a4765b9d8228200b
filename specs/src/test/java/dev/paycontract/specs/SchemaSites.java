package dev.paycontract.specs;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds every inline Schema Object of an OpenAPI 3.0 document: the component schemas and the
 * {@code schema} of every parameter, header and media type, and inside each of them
 * {@code properties}, {@code items}, {@code additionalProperties}, {@code allOf}, {@code oneOf},
 * {@code anyOf} and {@code not}. A {@code $ref} is not a schema of its own here (OpenAPI 3.0
 * ignores its siblings); the component it points to is visited itself.
 */
final class SchemaSites {

    /** A schema at {@code pointer}. */
    record Site(JsonPointer pointer, JsonNode node) {}

    private final List<Site> sites = new ArrayList<>();

    private SchemaSites() {}

    static List<Site> of(JsonNode document) {
        SchemaSites walker = new SchemaSites();
        JsonPointer schemas = JsonPointer.empty().appendProperty("components").appendProperty("schemas");
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            walker.schema(schemas.appendProperty(schema.getKey()), schema.getValue());
        }
        for (ExampleSites.Site site : ExampleSites.of(document)) {
            walker.schema(site.pointer().appendProperty("schema"), site.node().path("schema"));
        }
        return List.copyOf(walker.sites);
    }

    private void schema(JsonPointer pointer, JsonNode node) {
        if (!node.isObject() || node.has("$ref")) {
            return;
        }
        sites.add(new Site(pointer, node));
        node.path("properties").properties().forEach(property ->
            schema(pointer.appendProperty("properties").appendProperty(property.getKey()), property.getValue()));
        schema(pointer.appendProperty("items"), node.path("items"));
        schema(pointer.appendProperty("additionalProperties"), node.path("additionalProperties"));
        schema(pointer.appendProperty("not"), node.path("not"));
        for (String combiner : List.of("allOf", "oneOf", "anyOf")) {
            JsonNode list = node.path(combiner);
            for (int i = 0; i < list.size(); i++) {
                schema(pointer.appendProperty(combiner).appendIndex(i), list.get(i));
            }
        }
    }
}
