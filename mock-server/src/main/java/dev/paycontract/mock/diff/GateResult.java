package dev.paycontract.mock.diff;

import java.util.List;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * What the comparison of a spec with its baseline found.
 *
 * @param verdict openapi-diff's overall verdict (NO_CHANGES ... INCOMPATIBLE)
 * @param breakingChanges each incompatible change in plain words; empty unless {@link
 *     #incompatible()}
 * @param fullyDescribed false when some incompatible change could only be named by the openapi-diff
 *     report (see {@code markdownReport})
 * @param baselineVersion the baseline's {@code info.version}
 * @param currentVersion the current spec's {@code info.version}
 * @param markdownReport openapi-diff's Markdown report of every change
 */
public record GateResult(
    DiffResult verdict,
    List<BreakingChange> breakingChanges,
    boolean fullyDescribed,
    String baselineVersion,
    String currentVersion,
    String markdownReport) {

  public GateResult {
    breakingChanges = List.copyOf(breakingChanges);
  }

  public boolean incompatible() {
    return verdict.isIncompatible();
  }
}
