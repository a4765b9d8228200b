package dev.paycontract.contract.gate;

import dev.paycontract.mock.diff.BreakingChange;
import dev.paycontract.mock.diff.GateResult;

/**
 * Formats a failing {@link GateDecision}: every breaking change in plain words, and how to proceed.
 */
public final class FailureMessage {

  public String format(GateDecision decision) {
    GateResult result = decision.result();
    var text =
        new StringBuilder()
            .append(decision.specFile())
            .append(" has ")
            .append(result.breakingChanges().size())
            .append(" breaking change(s) against its baseline ")
            .append(decision.baselineFile())
            .append(" (info.version ")
            .append(result.baselineVersion())
            .append(" -> ")
            .append(result.currentVersion())
            .append("):\n");
    for (BreakingChange change : result.breakingChanges()) {
      text.append("  - ").append(change.line()).append('\n');
    }
    if (decision.acknowledgement() != null) {
      text.append("Not acknowledged: ").append(decision.acknowledgement().reason()).append(".\n");
    }
    text.append(
            "These changes break the generated client, the mock and their users. Either undo them,"
                + " or, ")
        .append("to ship them on purpose, ")
        .append(Acknowledgement.RULE)
        .append(", e.g. `- ")
        .append(decision.provider())
        .append(' ')
        .append(suggestedVersion(result.baselineVersion()))
        .append(": breaking: <what changed>`.\n");
    if (!result.fullyDescribed()) {
      text.append("\nopenapi-diff report:\n").append(result.markdownReport());
    }
    return text.toString();
  }

  /** "2.0.0-curated.1" -> "3.0.0-curated.1": the next major, keeping any pre-release suffix. */
  static String suggestedVersion(String baselineVersion) {
    var major = Acknowledgement.major(baselineVersion);
    if (major.isEmpty()) {
      return "<major+1>.0.0";
    }
    return baselineVersion
        .trim()
        .replaceFirst("^(v?)\\d+(\\.\\d+)*", "$1" + (major.getAsInt() + 1) + ".0.0");
  }
}
