package dev.paycontract.contract.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;

/**
 * One named example of one operation: a request body, a response body of one status, or a parameter
 * value.
 *
 * @param operation the operation the example belongs to
 * @param kind what the example is of
 * @param status the response status ({@code "200"}); {@code "request"} for a request body; {@code
 *     "parameter"} for a parameter
 * @param mediaType the media type ({@code application/json}); for a parameter, where it goes and
 *     its name ({@code path customer_uuid})
 * @param exampleName the example's key in {@code examples}, or {@code "example"} for a single one
 * @param example the example value
 * @param schema the schema the example must satisfy, references unresolved
 */
record ContractCase(
    SpecOperation operation,
    Kind kind,
    String status,
    String mediaType,
    String exampleName,
    JsonNode example,
    @SuppressWarnings("rawtypes") Schema schema) {

  enum Kind {
    REQUEST_BODY,
    RESPONSE_BODY,
    PARAMETER
  }

  /** e.g. {@code sezzle createOrderByCustomer 200 application/json example=authApproved}. */
  String displayName() {
    return operation.name() + " " + status + " " + mediaType + " example=" + exampleName;
  }

  BundledSpec spec() {
    return operation.spec();
  }

  int statusCode() {
    return Integer.parseInt(status);
  }

  boolean isSuccess() {
    return kind == Kind.RESPONSE_BODY && status.startsWith("2");
  }

  @Override
  public String toString() {
    return displayName();
  }
}
