package dev.paycontract.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The example of mock-server/README.md, "JUnit extension", kept here so that it compiles and
 * passes.
 */
class ReadmeExampleTest {

  // README example: begin
  @RegisterExtension
  static MockServerExtension mock = MockServerExtension.withSpecs("../specs/sezzle/sezzle.yaml");

  @Test
  void createsAnOrder(@MockBaseUrl String baseUrl) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(baseUrl + "/v2/customer/6c9d8e3a-1b2c-4d5e-8f90-123456789abc/order"))
            .header("Authorization", "Bearer test-token")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"intent\":\"AUTH\",\"reference_id\":\"r-1\",\"order_amount\":{\"amount_in_cents\":5000,\"currency\":\"USD\"}}"))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(mock.journal().requests("POST", "/v2/customer/{customer_uuid}/order"))
        .singleElement()
        .satisfies(e -> assertThat(e.requestViolations()).isEmpty());
  }
  // README example: end
}
