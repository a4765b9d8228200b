package dev.paycontract.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.RequestJournal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The declarative form: {@code @MockServerTest(specs = ...)}, here keeping the journal across
 * tests.
 */
@MockServerTest(specs = MockServerExtensionTest.SPEC, keepJournal = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MockServerTestAnnotationTest {

  @Test
  @Order(1)
  void annotation_startsTheMock(@MockBaseUrl String baseUrl) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/v2/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.body()).isEqualTo("OK");
  }

  @Test
  @Order(2)
  void keepJournal_keepsExchangesOfEarlierTests(RequestJournal journal, MockServer server) {
    assertThat(journal.requests("GET", "/v2/health")).hasSize(1);
    assertThat(server.journal()).isSameAs(journal);
  }
}
