package dev.paycontract.mock.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The accepted differences on the spec corpus ({@code prism-corpus/deviations.yaml}): spec file
 * name -> case-id pattern ({@code *} matches any run of characters) -> aspect -> reason citing a
 * row of {@code docs/prism-compatibility.md} as {@code [D<n>]}. An entry no difference uses is
 * stale, and the check fails on it, as the probe differential does.
 */
final class CorpusDeviations {

  /** One accepted difference: a case-id pattern and an aspect. */
  record Entry(String spec, String casePattern, String aspect, String reason) {
    boolean accepts(String specName, String caseId, String differenceAspect) {
      return spec.equals(specName) && aspect.equals(differenceAspect) && namesCase(caseId);
    }

    boolean namesCase(String caseId) {
      return glob(casePattern).matcher(caseId).matches();
    }

    private static Pattern glob(String pattern) {
      StringBuilder regex = new StringBuilder();
      for (String part : pattern.split("\\*", -1)) {
        if (!regex.isEmpty()) {
          regex.append(".*");
        }
        regex.append(Pattern.quote(part));
      }
      return Pattern.compile(regex.toString());
    }
  }

  private final List<Entry> entries;

  private CorpusDeviations(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  static CorpusDeviations load(InputStream yaml, String name) {
    List<Entry> entries = new ArrayList<>();
    JsonNode root;
    try {
      root = yaml == null ? null : new YAMLMapper().readTree(yaml);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
    }
    if (root == null || root.isNull() || root.isMissingNode()) {
      return new CorpusDeviations(entries);
    }
    for (Map.Entry<String, JsonNode> spec : root.properties()) {
      for (Map.Entry<String, JsonNode> kase : spec.getValue().properties()) {
        for (Map.Entry<String, JsonNode> aspect : kase.getValue().properties()) {
          String reason = aspect.getValue().asText("");
          if (!Deviations.ROW.matcher(reason).find()) {
            throw new IllegalArgumentException(
                name
                    + ": "
                    + spec.getKey()
                    + " / "
                    + kase.getKey()
                    + " / "
                    + aspect.getKey()
                    + ": the reason must cite a row of docs/prism-compatibility.md as [D<n>]");
          }
          entries.add(
              new Entry(
                  spec.getKey(), kase.getKey(), aspect.getKey().toLowerCase(Locale.ROOT), reason));
        }
      }
    }
    return new CorpusDeviations(entries);
  }

  Optional<Entry> accepting(String spec, String caseId, String aspect) {
    return entries.stream().filter(e -> e.accepts(spec, caseId, aspect)).findFirst();
  }

  List<Entry> forSpec(String spec) {
    return entries.stream().filter(e -> e.spec().equals(spec)).toList();
  }

  Map<String, String> citedRows() {
    Map<String, String> rows = new LinkedHashMap<>();
    for (Entry e : entries) {
      var m = Deviations.ROW.matcher(e.reason());
      while (m.find()) {
        rows.putIfAbsent(m.group(1), e.spec() + " / " + e.casePattern());
      }
    }
    return rows;
  }
}
