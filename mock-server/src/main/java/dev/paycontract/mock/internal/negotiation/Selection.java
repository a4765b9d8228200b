package dev.paycontract.mock.internal.negotiation;

import dev.paycontract.mock.internal.body.assemble.ResponseAssembler.Parts;

/**
 * What the selectors decided for one request: the parts to assemble, and the name of the example
 * they came from ({@code default} for a single {@code example}), or null for a sampled, generated
 * or empty body.
 */
public record Selection(Parts parts, String example) {

  /** True when the body was generated (dynamic mode), not an example. */
  public boolean dynamic() {
    return example == null && parts.random() != null;
  }
}
