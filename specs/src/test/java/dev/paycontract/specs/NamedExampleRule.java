package dev.paycontract.specs;

import java.util.ArrayList;
import java.util.List;

/**
 * Every response media type has at least one named example under {@code examples}, so the mock
 * server and tests can pick one with {@code Prefer: example=<name>}.
 */
final class NamedExampleRule implements SpecRule {

  @Override
  public String name() {
    return "named-example";
  }

  @Override
  public List<Finding> check(SpecDocument spec) {
    List<Finding> findings = new ArrayList<>();
    for (ExampleSites.Site site : ExampleSites.of(spec.tree())) {
      if (site.kind() != ExampleSites.Kind.RESPONSE_MEDIA_TYPE) {
        continue;
      }
      var examples = site.node().path("examples");
      if (examples.isObject() && !examples.isEmpty()) {
        continue;
      }
      String hint =
          site.node().has("example")
              ? "has only an unnamed `example`; move it under `examples:` with a name"
              : "has no named example; add `examples:` with at least one entry";
      findings.add(spec.finding(site.pointer(), name(), "response media type " + hint));
    }
    return findings;
  }
}
