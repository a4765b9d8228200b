package dev.paycontract.specs;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every constraint a spec puts on a value is either backed by the provider's document or recorded
 * as a curation decision (ADR 0017). On the schema that carries the constraint:
 *
 * <pre>{@code
 * amount_in_cents:
 *   type: integer
 *   minimum: 100
 *   format: int64
 *   x-source:
 *     minimum: 'create-en, create-fr: "must be at least 100 which is $1.00"'
 *   x-curation:
 *     format: the documents give no width; int64 holds any amount in cents
 * }</pre>
 *
 * {@code x-source} maps a keyword to {@code <document>[, <document>]: ...} with the document's own
 * words in double quotes, the documents being keys of {@code info.x-documents}; {@code x-curation}
 * maps a keyword to the decision and its reason. A keyword may have both (a documented part plus a
 * decision). Every value of an {@code enum} and every name in {@code required} must appear in its
 * record, so a value or name added later needs a record too. A record for a keyword the schema
 * does not have is reported as stale. A non-path parameter with {@code required: true} needs the
 * same record on the parameter.
 */
final class ConstraintRecordRule implements SpecRule {

    static final String SOURCE = "x-source";
    static final String CURATION = "x-curation";

    /** The JSON Schema keywords of OpenAPI 3.0 that narrow what a value may be. */
    static final Set<String> KEYWORDS = Set.of(
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minLength", "maxLength", "pattern", "format", "enum", "required", "nullable", "default",
        "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties");

    private static final Pattern SOURCE_TEXT =
        Pattern.compile("([A-Za-z0-9-]+(?:, ?[A-Za-z0-9-]+)*): (.*\"[^\"]{3,}\".*)", Pattern.DOTALL);

    @Override
    public String name() {
        return "constraint-record";
    }

    @Override
    public List<Finding> check(SpecDocument spec) {
        Set<String> documents = new HashSet<>();
        spec.tree().path("info").path("x-documents").fieldNames().forEachRemaining(documents::add);
        List<Finding> findings = new ArrayList<>();
        for (SchemaSites.Site site : SchemaSites.of(spec.tree())) {
            Map<String, JsonNode> constraints = new LinkedHashMap<>();
            site.node().properties().forEach(e -> {
                boolean schemaRequired = !"required".equals(e.getKey()) || e.getValue().isArray();
                if (KEYWORDS.contains(e.getKey()) && schemaRequired) {
                    constraints.put(e.getKey(), e.getValue());
                }
            });
            check(spec, documents, site.pointer(), site.node(), constraints, findings);
        }
        for (ExampleSites.Site site : ExampleSites.of(spec.tree())) {
            JsonNode parameter = site.node();
            if (site.kind() == ExampleSites.Kind.PARAMETER && !"path".equals(parameter.path("in").asText())) {
                Map<String, JsonNode> constraints = new LinkedHashMap<>();
                if (parameter.path("required").asBoolean(false)) {
                    constraints.put("required", parameter.get("required"));
                }
                check(spec, documents, site.pointer(), parameter, constraints, findings);
            }
        }
        return findings;
    }

    private void check(SpecDocument spec, Set<String> documents, JsonPointer at, JsonNode node,
                       Map<String, JsonNode> constraints, List<Finding> findings) {
        Map<String, String> records = new LinkedHashMap<>();
        for (String marker : List.of(SOURCE, CURATION)) {
            if (!node.has(marker)) {
                continue;
            }
            JsonPointer markerAt = at.appendProperty(marker);
            if (!node.get(marker).isObject()) {
                findings.add(spec.finding(markerAt, name(), marker + " must map constraint keywords to text"));
                continue;
            }
            for (Map.Entry<String, JsonNode> record : node.get(marker).properties()) {
                JsonPointer recordAt = markerAt.appendProperty(record.getKey());
                String text = record.getValue().isTextual() ? record.getValue().asText().strip() : "";
                if (!constraints.containsKey(record.getKey())) {
                    findings.add(spec.finding(recordAt, name(), marker + " records '" + record.getKey()
                        + "', which this node does not constrain; remove the record with the constraint"));
                } else if (text.isEmpty()) {
                    findings.add(spec.finding(recordAt, name(), marker + " entry '" + record.getKey() + "' must be non-blank text"));
                } else if (marker.equals(SOURCE) && !sourceIsWellFormed(spec, documents, recordAt, text, findings)) {
                    continue;
                } else {
                    records.merge(record.getKey(), text, (a, b) -> a + "\n" + b);
                }
            }
        }
        for (Map.Entry<String, JsonNode> constraint : constraints.entrySet()) {
            String keyword = constraint.getKey();
            JsonPointer keywordAt = at.appendProperty(keyword);
            String record = records.get(keyword);
            if (record == null) {
                if (!node.path(SOURCE).has(keyword) && !node.path(CURATION).has(keyword)) {
                    findings.add(spec.finding(keywordAt, name(), keyword + " " + shortText(constraint.getValue())
                        + " has no record: quote the provider document under " + SOURCE + "." + keyword
                        + " or state the decision under " + CURATION + "." + keyword));
                }
                continue;
            }
            if (keyword.equals("enum") || keyword.equals("required")) {
                JsonNode values = constraint.getValue();
                for (int i = 0; i < values.size(); i++) {
                    String value = values.get(i).isNull() ? "null" : values.get(i).asText();
                    if (!mentions(record, value)) {
                        findings.add(spec.finding(keywordAt.appendIndex(i), name(), keyword + " value '" + value
                            + "' is not named in its " + SOURCE + " or " + CURATION + " record"));
                    }
                }
            }
        }
    }

    private boolean sourceIsWellFormed(SpecDocument spec, Set<String> documents, JsonPointer at, String text,
                                       List<Finding> findings) {
        Matcher matcher = SOURCE_TEXT.matcher(text);
        if (!matcher.matches()) {
            findings.add(spec.finding(at, name(), SOURCE + " entry must read '<document>: ... \"<the document's words>\" ...'"));
            return false;
        }
        boolean known = true;
        for (String document : matcher.group(1).split(", ?")) {
            if (!documents.contains(document)) {
                findings.add(spec.finding(at, name(), SOURCE + " entry names document '" + document
                    + "', which info.x-documents does not list " + documents.stream().sorted().toList()));
                known = false;
            }
        }
        return known;
    }

    private static boolean mentions(String text, String word) {
        return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(word) + "(?![A-Za-z0-9_])").matcher(text).find();
    }

    private static String shortText(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
