package dev.paycontract.mock.diff;

import java.util.Objects;

/**
 * One backward-incompatible change, in plain words.
 *
 * @param endpoint {@code "POST /v2/order"}, or {@code "(whole spec)"} when no endpoint applies
 * @param description what broke, e.g. {@code "request body property `intent`: enum value `CAPTURE`
 *     removed"}
 */
public record BreakingChange(String endpoint, String description) {

  public BreakingChange {
    Objects.requireNonNull(endpoint, "endpoint == null");
    Objects.requireNonNull(description, "description == null");
  }

  /** {@code "POST /v2/order: request body property `intent`: enum value `CAPTURE` removed"}. */
  public String line() {
    return endpoint + ": " + description;
  }
}
