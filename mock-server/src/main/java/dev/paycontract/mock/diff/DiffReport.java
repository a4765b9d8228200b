package dev.paycontract.mock.diff;

import org.openapitools.openapidiff.core.model.DiffResult;

/** The plain-text report of a {@link DiffOutcome}: one line per breaking change. */
public final class DiffReport {

  private DiffReport() {}

  public static String text(DiffOutcome outcome) {
    var text = new StringBuilder();
    switch (outcome) {
      case DiffOutcome.Unreadable u -> {
        text.append("error: cannot read ").append(u.file()).append(":\n");
        u.reasons().forEach(r -> text.append("  - ").append(r).append('\n'));
      }
      case DiffOutcome.Compared c -> {
        GateResult result = c.result();
        text.append(c.oldSpec())
            .append(" -> ")
            .append(c.newSpec())
            .append(" (info.version ")
            .append(result.baselineVersion())
            .append(" -> ")
            .append(result.currentVersion())
            .append("): ");
        if (result.incompatible()) {
          int n = result.breakingChanges().size();
          text.append(n).append(n == 1 ? " breaking change" : " breaking changes").append('\n');
          result.breakingChanges().forEach(b -> text.append("  - ").append(b.line()).append('\n'));
          if (!result.fullyDescribed()) {
            text.append("\nopenapi-diff report:\n").append(result.markdownReport());
          }
        } else if (result.verdict() == DiffResult.NO_CHANGES) {
          text.append("no changes\n");
        } else {
          text.append("no breaking change (compatible changes only)\n");
        }
      }
    }
    return text.toString();
  }
}
