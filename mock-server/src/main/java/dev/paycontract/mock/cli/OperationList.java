package dev.paycontract.mock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.internal.body.dynamic.DatafakerBodyGenerator;
import dev.paycontract.mock.internal.body.sample.SchemaSampler;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start-up listing: one ready-to-paste URL per operation, path parameters filled with samples.
 */
final class OperationList {

  private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

  private OperationList() {}

  static List<String> lines(List<LoadedSpec> specs, String baseUrl) {
    List<String> lines = new ArrayList<>();
    for (LoadedSpec spec : specs) {
      Refs refs = new Refs(spec.openApi());
      SchemaSampler sampler = new SchemaSampler(spec.openApi(), refs);
      DatafakerBodyGenerator generator = new DatafakerBodyGenerator(refs);
      for (Map.Entry<String, PathItem> path : spec.openApi().getPaths().entrySet()) {
        for (var op : path.getValue().readOperationsMap().entrySet()) {
          String url =
              baseUrl
                  + spec.mountPrefix()
                  + fill(path.getKey(), path.getValue(), op.getValue(), sampler, generator);
          lines.add(String.format("%-10s %s", op.getKey(), url));
        }
      }
    }
    return lines;
  }

  private static String fill(
      String template,
      PathItem item,
      Operation op,
      SchemaSampler sampler,
      DatafakerBodyGenerator generator) {
    Matcher m = PARAM.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = sample(name, item, op, sampler, generator);
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String sample(
      String name,
      PathItem item,
      Operation op,
      SchemaSampler sampler,
      DatafakerBodyGenerator generator) {
    List<Parameter> params = new ArrayList<>();
    if (op.getParameters() != null) {
      params.addAll(op.getParameters());
    }
    if (item.getParameters() != null) {
      params.addAll(item.getParameters());
    }
    for (Parameter p : params) {
      if (name.equals(p.getName()) && "path".equals(p.getIn())) {
        if (p.getExample() != null) {
          return String.valueOf(p.getExample());
        }
        if (p.getSchema() != null) {
          JsonNode v = sampler.sample(p.getSchema(), name).orElse(null);
          String pattern = p.getSchema().getPattern();
          if (v != null
              && pattern != null
              && !java.util.regex.Pattern.compile(pattern).matcher(v.asText()).find()) {
            // The static sample ignores pattern (as Prism's); a URL to paste should pass
            // validation.
            v = generator.generate(p.getSchema(), new java.util.Random(0));
          }
          if (v != null && v.isValueNode() && !v.isNull()) {
            return v.asText();
          }
        }
      }
    }
    return name;
  }
}
