package dev.paycontract.mock.verify;

import java.util.Objects;

/**
 * One disagreement between the live server and the spec.
 *
 * @param file the spec file
 * @param pointer JSON pointer into it, e.g. {@code
 *     /paths/~1payments/post/responses/201/content/application~1json/schema}
 * @param at where in the response, e.g. {@code body.status}, {@code header x-request-id}, {@code
 *     status}
 * @param rule what the spec demands, e.g. {@code enum: must be one of AUTHORIZED, DECLINED}
 * @param sent what the server sent (secrets masked), e.g. {@code "DONE"}
 */
public record Finding(String file, String pointer, String at, String rule, String sent) {

  public Finding {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(pointer, "pointer == null");
  }

  /**
   * {@code payments.yaml#/paths/~1payments/post/responses/201/... at body.status: rule (server sent
   * "DONE")}.
   */
  public String line() {
    return file
        + "#"
        + pointer
        + (at.isEmpty() ? "" : " at " + at)
        + ": "
        + rule
        + " (server sent "
        + sent
        + ")";
  }
}
