package dev.paycontract.mock.differential;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Prism and the mock under test for one {@link ProbeGroup}: started on first use (so a group's
 * mocks run only while its cases do), stopped when the group is done. A start failure is kept and
 * reported by every case of the group.
 */
final class MockPair {

  private final ProbeGroup group;
  private final Path spec;
  private final PrismInstallation prism;
  private final boolean selfCheck;
  private final Path logs;
  private RunningMock reference;
  private RunningMock candidate;
  private RuntimeException startFailure;

  /** {@code selfCheck}: the candidate is a second Prism instead of our mock. */
  MockPair(ProbeGroup group, Path spec, PrismInstallation prism, boolean selfCheck, Path logs) {
    this.group = group;
    this.spec = spec;
    this.prism = prism;
    this.selfCheck = selfCheck;
    this.logs = logs;
  }

  /** Prism, the reference. */
  RunningMock reference() {
    start();
    return reference;
  }

  /** Our mock (or, in self-check mode, a second Prism). */
  RunningMock candidate() {
    start();
    return candidate;
  }

  private synchronized void start() {
    if (startFailure != null) {
      throw startFailure;
    }
    if (reference != null && candidate != null) {
      return;
    }
    try {
      String name = group.name().toLowerCase(Locale.ROOT);
      reference =
          PrismProcess.start(
              prism.executable(), spec, group.flags(), logs.resolve(name + "-prism.log"));
      candidate =
          selfCheck
              ? PrismProcess.start(
                  prism.executable(), spec, group.flags(), logs.resolve(name + "-prism-2.log"))
              : OurMock.start(spec, group.options());
    } catch (RuntimeException | LinkageError e) {
      // Kept, so every later case of the group reports the same cause instead of retrying.
      startFailure =
          new IllegalStateException("the mocks for " + group.label() + " did not start: " + e, e);
      close();
      throw startFailure;
    }
  }

  synchronized void close() {
    if (candidate != null) {
      candidate.close();
      candidate = null;
    }
    if (reference != null) {
      reference.close();
      reference = null;
    }
  }
}
