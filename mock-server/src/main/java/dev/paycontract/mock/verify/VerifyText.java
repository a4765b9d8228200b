package dev.paycontract.mock.verify;

/**
 * The plain-text summary of a {@link VerifyReport}: each failing case with its findings, then the
 * counts.
 */
public final class VerifyText {

  private VerifyText() {}

  /**
   * {@code FAIL createPayment example=card (POST /payments -> 201 application/json)} and its
   * findings.
   */
  public static String failure(CaseResult c) {
    var text =
        new StringBuilder("FAIL ")
            .append(c.name())
            .append(" (")
            .append(c.request())
            .append(" -> ")
            .append(c.answer())
            .append(")\n");
    c.findings().forEach(f -> text.append("  - ").append(f.line()).append('\n'));
    return text.toString();
  }

  public static String summary(VerifyReport report) {
    var text = new StringBuilder();
    report.cases().stream().filter(c -> !c.passed()).forEach(c -> text.append(failure(c)));
    long failed = report.cases().stream().filter(c -> !c.passed()).count();
    text.append("verify: ")
        .append(report.cases().size())
        .append(" requests, ")
        .append(report.cases().size() - failed)
        .append(" passed, ")
        .append(failed)
        .append(" failed, ")
        .append(report.findings().size())
        .append(report.findings().size() == 1 ? " finding" : " findings")
        .append('\n');
    return text.toString();
  }
}
