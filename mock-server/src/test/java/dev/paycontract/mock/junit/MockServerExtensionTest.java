package dev.paycontract.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.RequestJournal;
import dev.paycontract.mock.api.Exchange;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension starts one mock per class and records every exchange in its journal. */
class MockServerExtensionTest {

  static final String SPEC = "src/test/resources/junit/api-with-orders.yaml";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension static MockServerExtension mock = MockServerExtension.withSpecs(SPEC);

  static HttpResponse<String> post(String baseUrl, String path, String json, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void journal_validRequest_recordsRequestAndChosenExample(@MockBaseUrl String baseUrl)
      throws Exception {
    post(
        baseUrl,
        "/v2/customer/c-1/order?ref=r1",
        "{\"amount\":5}",
        "Prefer",
        "example=authDeclined",
        "Authorization",
        "Bearer t");

    Exchange e = mock.journal().last();
    assertThat(mock.journal().count()).isEqualTo(1);
    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.path()).isEqualTo("/v2/customer/c-1/order");
    assertThat(e.request().queryParam("ref")).isEqualTo("r1");
    assertThat(e.request().header("Authorization"))
        .isEqualTo("Bearer t"); // kept: the journal is for assertions
    assertThat(e.requestBody()).isEqualTo("{\"amount\":5}");
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.mediaType()).isEqualTo("application/json");
    assertThat(e.example()).isEqualTo("authDeclined");
    assertThat(e.dynamic()).isFalse();
    assertThat(e.operationPath()).isEqualTo("/v2/customer/{customer_uuid}/order");
    assertThat(e.requestViolations()).isEmpty();
  }

  @Test
  void journal_invalidRequest_recordsItsViolations(@MockBaseUrl URI baseUrl) throws Exception {
    post(baseUrl.toString(), "/v2/customer/c-1/order", "{\"amount\":0}");

    assertThat(mock.journal().last().status()).isEqualTo(422);
    assertThat(mock.journal().last().requestViolations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.location()).containsExactly("body", "amount");
              assertThat(v.code()).isEqualTo("minimum");
            });
  }

  @Test
  void requests_byTemplateOrLiteralPath_filterByMethodToo(MockServer server) throws Exception {
    post(server.baseUrl(), "/v2/customer/c-1/order", "{\"amount\":1}");
    post(server.baseUrl(), "/v2/customer/c-2/order", "{\"amount\":2}");
    HTTP.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v2/health")).build(),
        HttpResponse.BodyHandlers.ofString());

    RequestJournal journal = mock.journal();
    assertThat(journal.all()).hasSize(3);
    assertThat(journal.requests("POST", "/v2/customer/{customer_uuid}/order")).hasSize(2);
    assertThat(journal.requests("post", "/v2/customer/c-2/order"))
        .singleElement()
        .satisfies(e -> assertThat(e.requestBody()).contains("2"));
    assertThat(journal.requests("GET", "/v2/customer/{customer_uuid}/order")).isEmpty();
    assertThat(journal.requests("GET", "/v2/health"))
        .singleElement()
        .satisfies(e -> assertThat(e.example()).isEqualTo("default"));
  }

  @Test
  void journal_isClearedBeforeEachTest() {
    assertThat(mock.journal().count()).isZero();
    assertThatThrownBy(() -> mock.journal().last()).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void clear_emptiesTheJournal(RequestJournal journal) throws Exception {
    post(mock.baseUrl(), "/v2/customer/c-1/order", "{\"amount\":1}");
    journal.clear();
    assertThat(journal.count()).isZero();
  }

  @Test
  void unroutedRequest_isRecordedWithoutOperation() throws Exception {
    HTTP.send(
        HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/nowhere")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(mock.journal().last().status()).isEqualTo(404);
    assertThat(mock.journal().last().operationPath()).isNull();
    assertThat(mock.journal().requests("GET", "/nowhere")).hasSize(1);
  }

  @Nested
  class NestedClass {

    @Test
    void nestedTests_shareTheOuterMock(@MockBaseUrl String baseUrl) {
      assertThat(baseUrl).isEqualTo(mock.baseUrl());
    }
  }

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class KeptJournal {

    @RegisterExtension
    final MockServerExtension kept = MockServerExtension.withSpecs(SPEC).keepJournal();

    @Test
    @Order(1)
    void instanceField_startsAMockPerTest() throws Exception {
      post(kept.baseUrl(), "/v2/customer/c-1/order", "{\"amount\":1}");
      assertThat(kept.journal().count()).isEqualTo(1);
      assertThat(kept.baseUrl()).isNotEqualTo(mock.baseUrl());
    }
  }
}
