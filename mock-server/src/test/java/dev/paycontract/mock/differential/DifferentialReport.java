package dev.paycontract.mock.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tallies case verdicts and renders the summary line plus every difference seen. */
public final class DifferentialReport {

  private final String title;
  private int agree;
  private int differ;
  private int accepted;
  private final List<String> details = new ArrayList<>();

  public DifferentialReport(String title) {
    this.title = title;
  }

  /** Records one replayed case; {@code unaccepted} are its differences the deviation list lacks. */
  public synchronized void record(
      String name, List<Difference> differences, List<Difference> unaccepted) {
    if (differences.isEmpty()) {
      agree++;
      return;
    }
    differ++;
    if (unaccepted.isEmpty()) {
      accepted++;
    }
    StringBuilder text =
        new StringBuilder(name).append(unaccepted.isEmpty() ? "  (accepted deviation)" : "");
    differences.forEach(
        d -> text.append("\n  ").append(d).append(unaccepted.contains(d) ? "" : "   [accepted]"));
    details.add(text.toString());
  }

  public synchronized String summary() {
    return title
        + ": "
        + agree
        + " agree, "
        + differ
        + " differ ("
        + accepted
        + " accepted deviations)";
  }

  /** Writes the summary line, then the differences case by case. */
  public synchronized void write(Path file) {
    StringBuilder text = new StringBuilder(summary()).append("\n");
    details.forEach(d -> text.append("\n").append(d).append("\n"));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
