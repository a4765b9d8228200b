package dev.paycontract.mock.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accepted differences from Prism ({@code prism-probe/deviations.yaml}): case id -> aspect
 * ({@code status}, {@code content-type}, {@code body} or a lower-case header name) -> reason. Every
 * reason cites a row of {@code docs/prism-compatibility.md} as {@code [D<n>]}.
 */
public record Deviations(Map<String, Map<String, String>> byCase) {

  static final Pattern ROW = Pattern.compile("\\[(D\\d+)]");

  public Deviations {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    byCase.forEach(
        (id, aspects) -> copy.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(aspects))));
    byCase = Collections.unmodifiableMap(copy);
  }

  public static Deviations load(InputStream yaml, String name) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(yaml);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
    }
    Map<String, Map<String, String>> byCase = new LinkedHashMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new Deviations(byCase);
    }
    if (!root.isObject()) {
      throw new IllegalArgumentException(name + ": expected a map of case id -> {aspect: reason}");
    }
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      if (!entry.getValue().isObject() || entry.getValue().isEmpty()) {
        throw new IllegalArgumentException(
            name
                + ": case '"
                + entry.getKey()
                + "' must map aspects (status, content-type, body, <header>) to reasons");
      }
      Map<String, String> aspects = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> aspect : entry.getValue().properties()) {
        String reason = aspect.getValue().asText("");
        if (!ROW.matcher(reason).find()) {
          throw new IllegalArgumentException(
              name
                  + ": "
                  + entry.getKey()
                  + "."
                  + aspect.getKey()
                  + ": the reason must cite a row of docs/prism-compatibility.md as [D<n>], found:"
                  + " '"
                  + reason
                  + "'");
        }
        aspects.put(aspect.getKey().toLowerCase(java.util.Locale.ROOT), reason);
      }
      byCase.put(entry.getKey(), aspects);
    }
    return new Deviations(byCase);
  }

  public Map<String, String> forCase(String id) {
    return byCase.getOrDefault(id, Map.of());
  }

  /** The row ids ({@code D3}) the reasons cite. */
  public Set<String> citedRows() {
    Set<String> rows = new TreeSet<>();
    byCase
        .values()
        .forEach(
            aspects ->
                aspects
                    .values()
                    .forEach(
                        reason -> {
                          Matcher m = ROW.matcher(reason);
                          while (m.find()) {
                            rows.add(m.group(1));
                          }
                        }));
    return rows;
  }
}
