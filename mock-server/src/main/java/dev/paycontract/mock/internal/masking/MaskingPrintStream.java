package dev.paycontract.mock.internal.masking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A {@link PrintStream} that masks every line ({@link LineMasking}) before it reaches the stream
 * below. The command line puts it in place of {@code System.out} and {@code System.err}, so
 * whatever writes there (slf4j-simple for any library, Jetty's and Javalin's debug output, our
 * request log, a stack trace) is masked the same way, at every verbosity.
 *
 * <pre>{@code
 * System.setOut(MaskingPrintStream.around(System.out));
 * }</pre>
 */
public final class MaskingPrintStream extends PrintStream {

  private final PrintStream target;

  private MaskingPrintStream(PrintStream target) {
    super(new LineBuffer(target), true, StandardCharsets.UTF_8);
    this.target = target;
  }

  /** {@code target} behind a masking stream (itself when it is one already). */
  public static PrintStream around(PrintStream target) {
    Objects.requireNonNull(target, "target == null");
    return target instanceof MaskingPrintStream ? target : new MaskingPrintStream(target);
  }

  /**
   * The stream below {@code stream} when it is a masking stream, else {@code stream} itself: for a
   * writer whose every line is built from values it has masked already (the request log's batched
   * lines), so those lines are not masked a second time. Masking free text costs far more than
   * building the line: measured at two thirds of the CPU of a GET in the steady state.
   */
  public static PrintStream unmasked(PrintStream stream) {
    Objects.requireNonNull(stream, "stream == null");
    return stream instanceof MaskingPrintStream m ? m.target : stream;
  }

  /** Collects bytes up to each line break, then writes the masked line. */
  private static final class LineBuffer extends OutputStream {
    /** A line longer than this is masked and written in pieces (a secret split there is rare). */
    private static final int MAX_LINE = 64 * 1024;

    private final PrintStream target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private final StringBuilder masked = new StringBuilder(256);

    LineBuffer(PrintStream target) {
      this.target = target;
    }

    @Override
    public synchronized void write(int b) {
      line.write(b);
      if (b == '\n' || line.size() >= MAX_LINE) {
        emit();
        drain();
      }
    }

    /**
     * Every whole line of one write goes out masked in one print and one flush (ADR 0014's batches
     * stay batches).
     */
    @Override
    public synchronized void write(byte[] b, int off, int len) {
      int start = off;
      int end = off + len;
      for (int i = off; i < end; i++) {
        if (b[i] == '\n' || line.size() + (i + 1 - start) >= MAX_LINE) {
          line.write(b, start, i + 1 - start);
          emit();
          start = i + 1;
        }
      }
      line.write(b, start, end - start);
      drain();
    }

    @Override
    public synchronized void flush() {
      // A partial line stays until its end arrives: masking half a line could miss a secret.
      target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
      emit();
      drain();
    }

    private void emit() {
      if (line.size() == 0) {
        return;
      }
      String text = line.toString(StandardCharsets.UTF_8);
      line.reset();
      masked.append(LineMasking.mask(text));
    }

    private void drain() {
      if (masked.length() > 0) {
        target.print(masked);
        masked.setLength(0);
        target.flush();
      }
    }
  }
}
