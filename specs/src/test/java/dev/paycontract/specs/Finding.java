package dev.paycontract.specs;

/**
 * One problem found in a spec: where it is (file, JSON pointer, 1-based YAML line and column, or 0
 * when unknown), which check found it, and what is wrong.
 */
public record Finding(
    String file, String pointer, int line, int column, String rule, String message) {

  /** {@code sezzle/sezzle.yaml:12:7 /paths/... [rule] message}, one line, ready for a build log. */
  public String format() {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    return where
        + " "
        + (pointer.isEmpty() ? "(document)" : pointer)
        + " ["
        + rule
        + "] "
        + message;
  }
}
