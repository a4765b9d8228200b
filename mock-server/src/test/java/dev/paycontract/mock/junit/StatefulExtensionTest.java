package dev.paycontract.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.Exchange;
import dev.paycontract.mock.api.ResourceRef;
import dev.paycontract.mock.internal.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension in stateful mode over HTTP: create, read back, reset; a clean store per test class. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatefulExtensionTest {

  static final String CUSTOMER = "b7e3f2a1-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
  static final String CREATE =
      "{\"intent\":\"CAPTURE\",\"reference_id\":\"checkout-42\",\"order_amount\":{\"amount_in_cents\":7500,\"currency\":\"USD\"}}";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension static MockServerExtension mock = MockServerExtension.withSpecs("../specs/sezzle/sezzle.yaml").stateful();

  /** The uuid created by the first test, to check what the next ones see. */
  static String created;

  static HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(mock.baseUrl() + path)).header("Authorization", "token-1");
    if (body != null) {
      b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(1)
  void createThenRead_overHttp_returnsTheSameOrder() throws Exception {
    HttpResponse<String> c = send("POST", "/v2/customer/" + CUSTOMER + "/order", CREATE);
    JsonNode order = Json.MAPPER.readTree(c.body());
    created = order.get("uuid").asText();
    assertThat(order.get("reference_id").asText()).isEqualTo("checkout-42");
    assertThat(order.get("order_amount").get("amount_in_cents").asInt()).isEqualTo(7500);

    HttpResponse<String> r = send("GET", "/v2/order/" + created, null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Json.MAPPER.readTree(r.body())).isEqualTo(order);
    assertThat(r.headers().firstValue("sl-violations")).isEmpty();
    Exchange read = mock.journal().last();
    assertThat(read.resource()).isEqualTo(new ResourceRef(ResourceRef.Action.READ, "/v2/order/{order_uuid}", created));
    assertThat(read.violations()).isEmpty();
  }

  @Test
  @Order(2)
  void store_outlivesATest_butNotAReset() throws Exception {
    assertThat(send("GET", "/v2/order/" + created, null).statusCode()).isEqualTo(200);

    mock.resetState();

    HttpResponse<String> gone = send("GET", "/v2/order/" + created, null);
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(Json.MAPPER.readTree(gone.body()).get(0).get("code").asText()).isEqualTo("not_found");
    assertThat(mock.journal().last().resource().action()).isEqualTo(ResourceRef.Action.MISSING);
  }

  @Test
  @Order(3)
  void resetEndpoint_overHttp_answers204() throws Exception {
    String uuid = Json.MAPPER.readTree(send("POST", "/v2/customer/" + CUSTOMER + "/order", CREATE).body()).get("uuid").asText();
    created = uuid;

    assertThat(send("DELETE", "/__paycontract/state", null).statusCode()).isEqualTo(204);
    assertThat(send("GET", "/v2/order/" + uuid, null).statusCode()).isEqualTo(404);
    String again = Json.MAPPER.readTree(send("POST", "/v2/customer/" + CUSTOMER + "/order", CREATE).body()).get("uuid").asText();
    created = again;
  }

  @Nested
  class NestedClass {
    @Test
    void startsWithAnEmptyStore() throws Exception {
      assertThat(created).isNotNull();
      assertThat(send("GET", "/v2/order/" + created, null).statusCode()).isEqualTo(404);
    }
  }
}
