package dev.paycontract.mock.verify;

/** Spaces requests evenly: at most {@code perSecond} a second (sandboxes rate-limit). */
final class Pacer {

  private final long intervalNanos;
  private long next = System.nanoTime();

  Pacer(double perSecond) {
    this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
  }

  void await() throws InterruptedException {
    long now = System.nanoTime();
    if (next > now) {
      long wait = next - now;
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
    next = Math.max(now, next) + intervalNanos;
  }
}
