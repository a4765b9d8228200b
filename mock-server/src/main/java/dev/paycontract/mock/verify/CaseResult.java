package dev.paycontract.mock.verify;

import java.time.Duration;
import java.util.List;

/**
 * One request sent and what was found about its answer.
 *
 * @param specFile the spec the operation belongs to
 * @param name e.g. {@code createPayment example=authorized} or {@code createPayment breaks enum at
 *     body.intent}
 * @param request e.g. {@code POST /payments} (credentials never shown)
 * @param answer e.g. {@code 201 application/json}, or {@code no answer}
 * @param findings empty when the answer agrees with the spec
 */
public record CaseResult(
    String specFile,
    String name,
    String request,
    String answer,
    Duration time,
    List<Finding> findings) {

  public CaseResult {
    findings = List.copyOf(findings);
  }

  public boolean passed() {
    return findings.isEmpty();
  }
}
