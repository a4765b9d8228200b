package dev.paycontract.specs;

import java.util.List;

/** One check over a spec that parsed as YAML. */
interface SpecRule {

  /** The rule's name, as it appears in findings. */
  String name();

  List<Finding> check(SpecDocument spec);
}
