package dev.paycontract.mock.log;

import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes log lines to a stream from one background thread, all the lines waiting at that moment in
 * one write and one flush, so request threads neither queue for the stream's lock nor pay a flush
 * (a system call) per line. On an idle server a line is written at once; while lines keep coming,
 * the thread writes what has gathered every few milliseconds ({@link #BUSY_PAUSE_NANOS}). Lines
 * keep the order in which they were added. When more than {@link #MAX_PENDING} lines wait (a stream
 * that cannot keep up), {@link #add} waits, as a direct write would. {@link #close} (also run at
 * JVM shutdown) writes what is left, and lines added after it are written directly.
 */
final class BatchedLineWriter implements AutoCloseable {

  static final int MAX_PENDING = 10_000;
  private static final int BATCH_CHARS = 64 * 1024;
  private static final long BUSY_PAUSE_NANOS = 5_000_000;

  /** A line, formatted by the writer thread (so the request thread only builds the message). */
  interface Line {
    void appendTo(StringBuilder out);
  }

  private final PrintStream out;
  private final ConcurrentLinkedQueue<Line> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger pending = new AtomicInteger();
  private final Thread thread;
  private final Thread shutdownHook = Thread.ofPlatform().unstarted(this::close);
  private volatile boolean idle;
  private volatile boolean closed;

  BatchedLineWriter(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out == null");
    this.thread = Thread.ofPlatform().daemon().name("paycontract-request-log").unstarted(this::run);
    thread.start();
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  void add(Line line) {
    if (closed) {
      StringBuilder direct = new StringBuilder();
      line.appendTo(direct);
      write(direct);
      return;
    }
    while (pending.get() >= MAX_PENDING && !closed) {
      LockSupport.parkNanos(100_000);
    }
    pending.incrementAndGet();
    queue.add(line);
    if (idle) {
      LockSupport.unpark(thread);
    }
  }

  /** Writes what is queued and stops the thread; later lines are written directly. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook runs close() as well, which returns at once
      }
    }
    LockSupport.unpark(thread);
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Lines added while closing, after the thread's last look at the queue.
    StringBuilder rest = new StringBuilder();
    for (Line line = queue.poll(); line != null; line = queue.poll()) {
      line.appendTo(rest);
    }
    if (rest.length() > 0) {
      write(rest);
    }
  }

  private void run() {
    StringBuilder batch = new StringBuilder(8192);
    while (true) {
      Line line = queue.poll();
      if (line != null) {
        pending.decrementAndGet();
        line.appendTo(batch);
        if (batch.length() >= BATCH_CHARS) {
          write(batch);
        }
        continue;
      }
      if (batch.length() > 0) {
        write(batch);
        // Busy: let lines gather for a moment, so the next write carries many and no request has
        // to wake this thread (on a one-core server each wake-up is a context switch).
        LockSupport.parkNanos(BUSY_PAUSE_NANOS);
        continue;
      }
      if (closed) {
        return;
      }
      idle = true;
      // Checked again after announcing idleness: a line added meanwhile either is seen here or
      // its writer sees idle and unparks us.
      if (queue.isEmpty() && !closed) {
        LockSupport.parkNanos(this, 1_000_000_000L);
      }
      idle = false;
    }
  }

  private void write(StringBuilder batch) {
    out.print(batch); // one call: other writers to the stream cannot come between its lines
    out.flush();
    batch.setLength(0);
  }
}
