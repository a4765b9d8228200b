package dev.paycontract.client.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;

/**
 * One named example of one spec: a request body or a response body of one status.
 *
 * @param spec the provider's spec
 * @param operationId the operation the example belongs to
 * @param status {@code "request"} for a request body, else the response status ({@code "200"})
 * @param mediaType for example {@code application/json}
 * @param name the example's key in {@code examples}, or {@code "example"} for a single example
 * @param value the example value
 * @param schema the media type's schema, references unresolved
 */
record ExampleCase(
    ProviderSpec spec,
    String operationId,
    String status,
    String mediaType,
    String name,
    JsonNode value,
    @SuppressWarnings("rawtypes") Schema schema) {

  boolean isRequest() {
    return "request".equals(status);
  }

  /**
   * The test's display name, e.g. {@code sezzle getOrderDetails 200 application/json example=x}.
   */
  String displayName() {
    return spec.provider()
        + " "
        + operationId
        + " "
        + status
        + " "
        + mediaType
        + " example="
        + name;
  }
}
