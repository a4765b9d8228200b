package dev.paycontract.mock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.Exchange;
import dev.paycontract.mock.api.MockOptions;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.api.ResourceRef;
import dev.paycontract.mock.api.SpecSource;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.routing.Router;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.spec.SpecLoader;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.validation.ResponseValidator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code --stateful}: creates are stored and served back, sent fields echoed, paired examples. */
class StatefulEngineTest {

  static final Path SEZZLE = Path.of("../specs/sezzle/sezzle.yaml");
  static final Path ITEMS = Path.of("src/test/resources/state/api-with-items-crud.yaml");
  static final Path PAIRED = Path.of("src/test/resources/state/api-with-paired-examples.yaml");
  static final String CUSTOMER = "b7e3f2a1-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
  static final String CREATE_BODY =
      "{\"intent\":\"AUTH\",\"reference_id\":\"checkout-42\",\"order_amount\":{\"amount_in_cents\":7500,\"currency\":\"USD\"}}";

  final List<Exchange> exchanges = new ArrayList<>();

  MockEngine engine(Path spec, MockOptions options) {
    return new MockEngine(new SpecLoader(false).load(List.of(SpecSource.of(spec))), options, exchanges::add);
  }

  static MockRequest request(String method, String path, String body, String... headers) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put("authorization", List.of("token-1"));
    if (body != null) {
      h.put("content-type", List.of("application/json"));
    }
    for (int i = 0; i < headers.length; i += 2) {
      h.put(headers[i], List.of(headers[i + 1]));
    }
    return new MockRequest(method, path, Map.of(), h, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  static JsonNode json(MockResponse r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  /** The response checked by the ResponseValidator against the operation it answers. */
  static List<dev.paycontract.mock.api.Violation> responseFindings(MockEngine engine, String method, String path, MockResponse r) throws Exception {
    LoadedSpec spec = engine.specs().get(0);
    RoutedOperation op = ((Outcome.Ok<RoutedOperation>) new Router(engine.specs()).route(method, path, null)).value();
    return new ResponseValidator(spec).validate(op, r, json(r));
  }

  @Nested
  class SezzleOrders {
    final MockEngine engine = engine(SEZZLE, MockOptions.defaults().withStateful(true));

    @Test
    void create_echoesSentFieldsWithFreshUuid_andLinksPointAtIt() throws Exception {
      MockResponse r = engine.handle(request("POST", "/v2/customer/" + CUSTOMER + "/order", CREATE_BODY));

      assertThat(r.status()).isEqualTo(200);
      JsonNode order = json(r);
      String uuid = order.get("uuid").asText();
      assertThat(UUID.fromString(uuid).toString()).isEqualTo(uuid);
      assertThat(uuid).isNotEqualTo("6c9db5d4-d09a-4224-860a-b5438ac32ca8");
      assertThat(order.get("reference_id").asText()).isEqualTo("checkout-42");
      assertThat(order.get("order_amount").get("amount_in_cents").asInt()).isEqualTo(7500);
      assertThat(order.get("intent").asText()).isEqualTo("AUTH");
      assertThat(order.get("authorization").get("authorization_amount").get("amount_in_cents").asInt()).isEqualTo(7500);
      assertThat(order.get("links").get(0).get("href").asText()).endsWith("/v2/order/" + uuid);
      assertThat(r.header("sl-violations")).isNull();
      assertThat(responseFindings(engine, "POST", "/v2/customer/" + CUSTOMER + "/order", r)).isEmpty();
      assertThat(exchanges.get(0).resource())
          .isEqualTo(new ResourceRef(ResourceRef.Action.CREATED, "/v2/order/{order_uuid}", uuid));
    }

    @Test
    void create_twice_givesEachOrderItsOwnUuid() throws Exception {
      String a = json(engine.handle(request("POST", "/v2/customer/" + CUSTOMER + "/order", CREATE_BODY))).get("uuid").asText();
      String b = json(engine.handle(request("POST", "/v2/customer/" + CUSTOMER + "/order", CREATE_BODY))).get("uuid").asText();
      assertThat(a).isNotEqualTo(b);
    }

    @Test
    void read_afterCreate_returnsTheSameOrderValidAgainstItsSchema() throws Exception {
      JsonNode created = json(engine.handle(request("POST", "/v2/customer/" + CUSTOMER + "/order", CREATE_BODY)));
      String path = "/v2/order/" + created.get("uuid").asText();

      MockResponse r = engine.handle(request("GET", path, null));

      assertThat(r.status()).isEqualTo(200);
      assertThat(json(r)).isEqualTo(created);
      assertThat(r.header("sl-violations")).isNull();
      assertThat(responseFindings(engine, "GET", path, r)).isEmpty();
      assertThat(exchanges.get(1).resource().action()).isEqualTo(ResourceRef.Action.READ);
      assertThat(exchanges.get(1).example()).isNull();
    }

    @Test
    void read_unknownUuid_returnsTheDeclared404Example() throws Exception {
      MockResponse r = engine.handle(request("GET", "/v2/order/" + UUID.randomUUID(), null));

      assertThat(r.status()).isEqualTo(404);
      assertThat(json(r).get(0).get("location").asText()).isEqualTo("order_uuid");
      assertThat(exchanges.get(0).example()).isEqualTo("orderNotFound");
      assertThat(exchanges.get(0).resource().action()).isEqualTo(ResourceRef.Action.MISSING);
    }

    @Test
    void read_withPreferExample_bypassesTheStore() throws Exception {
      MockResponse r = engine.handle(request("GET", "/v2/order/" + UUID.randomUUID(), null, "prefer", "example=checkoutPending"));
      assertThat(r.status()).isEqualTo(200);
      assertThat(json(r).get("reference_id").asText()).isEqualTo("cart-8841");
      assertThat(exchanges.get(0).resource()).isNull();
    }

    @Test
    void invalidCreate_storesNothing() throws Exception {
      MockResponse r = engine.handle(request("POST", "/v2/customer/" + CUSTOMER + "/order", "{\"intent\":\"AUTH\"}"));
      assertThat(r.status()).isEqualTo(422);
      assertThat(json(engine.handle(request("GET", "/__paycontract/state", null))).get("count").asInt()).isZero();
    }

    @Test
    void resetEndpoint_forgetsEveryOrder() throws Exception {
      String uuid = json(engine.handle(request("POST", "/v2/customer/" + CUSTOMER + "/order", CREATE_BODY))).get("uuid").asText();
      JsonNode listed = json(engine.handle(request("GET", "/__paycontract/state", null)));
      assertThat(listed.get("count").asInt()).isEqualTo(1);
      assertThat(listed.get("resources").get(0).get("id").asText()).isEqualTo(uuid);

      MockResponse reset = engine.handle(request("DELETE", "/__paycontract/state", null));

      assertThat(reset.status()).isEqualTo(204);
      assertThat(engine.handle(request("GET", "/v2/order/" + uuid, null)).status()).isEqualTo(404);
    }

    @Test
    void resetEndpoint_otherMethod_isNoMethodMatchedProblem() throws Exception {
      MockResponse r = engine.handle(request("POST", "/__paycontract/state", "{}"));
      assertThat(r.status()).isEqualTo(405);
      assertThat(json(r).get("type").asText()).endsWith("#NO_METHOD_MATCHED_ERROR");
    }

    @Test
    void wiring_comesFromTheLinkObject() {
      assertThat(engine.statefulWiring()).containsExactly(
          "stateful: POST /v2/customer/{customer_uuid}/order creates /v2/order/{order_uuid}"
              + " (order_uuid = $response.body#/uuid, from link \"orderDetails\"); served from the store: GET");
    }
  }

  @Nested
  class WithoutStatefulFlag {
    final MockEngine engine = engine(SEZZLE, MockOptions.defaults());

    @Test
    void create_servesTheFirstExampleAsIs_andReadIgnoresIt() throws Exception {
      JsonNode created = json(engine.handle(request("POST", "/v2/customer/" + CUSTOMER + "/order", CREATE_BODY)));
      assertThat(created.get("uuid").asText()).isEqualTo("6c9db5d4-d09a-4224-860a-b5438ac32ca8");
      assertThat(created.get("reference_id").asText()).isEqualTo("annual_sub_123");

      MockResponse read = engine.handle(request("GET", "/v2/order/" + created.get("uuid").asText(), null));
      assertThat(json(read).get("reference_id").asText()).isEqualTo("ord_12345");
      assertThat(exchanges).allSatisfy(e -> assertThat(e.resource()).isNull());
      assertThat(engine.statefulWiring()).isEmpty();
    }

    @Test
    void resetPath_isRoutedLikeAnyOtherPath() throws Exception {
      MockResponse r = engine.handle(request("DELETE", "/__paycontract/state", null));
      assertThat(r.status()).isEqualTo(404);
      assertThat(json(r).get("type").asText()).endsWith("#NO_PATH_MATCHED_ERROR");
    }
  }

  @Nested
  class InferredItems {
    final MockEngine engine = engine(ITEMS, MockOptions.defaults().withStateful(true));

    @Test
    void wiring_isInferred_andTheLogSaysSo() {
      assertThat(engine.statefulWiring()).containsExactly(
          "stateful: inferred POST /items creates /items/{itemId} (itemId = $response.body#/id); served from the store: GET PUT DELETE PATCH");
    }

    @Test
    void crud_createReadReplacePatchDelete() throws Exception {
      JsonNode created = json(engine.handle(request("POST", "/items", "{\"name\":\"desk\",\"price\":25000}")));
      assertThat(created.get("name").asText()).isEqualTo("desk");
      assertThat(created.get("price").asInt()).isEqualTo(25000);
      assertThat(created.get("status").asText()).isEqualTo("new");
      String path = "/items/" + created.get("id").asText();
      assertThat(json(engine.handle(request("GET", path, null)))).isEqualTo(created);

      JsonNode replaced = json(engine.handle(request("PUT", path, "{\"name\":\"desk\",\"price\":20000,\"dimensions\":{\"width\":2,\"height\":1}}")));
      assertThat(replaced.get("price").asInt()).isEqualTo(20000);
      assertThat(replaced.get("id")).isEqualTo(created.get("id"));

      MockResponse patched = engine.handle(request("PATCH", path, "{\"dimensions\":{\"height\":3}}"));
      assertThat(json(patched).get("dimensions")).isEqualTo(Json.MAPPER.readTree("{\"width\":2,\"height\":3}"));
      assertThat(responseFindings(engine, "PATCH", path, patched)).isEmpty();
      assertThat(json(engine.handle(request("GET", path, null)))).isEqualTo(json(patched));

      MockResponse deleted = engine.handle(request("DELETE", path, null));
      assertThat(deleted.status()).isEqualTo(204);
      assertThat(exchanges.get(exchanges.size() - 1).resource().action()).isEqualTo(ResourceRef.Action.DELETED);

      MockResponse gone = engine.handle(request("GET", path, null));
      assertThat(gone.status()).isEqualTo(404);
      assertThat(json(gone).get("type").asText()).endsWith("#NOT_FOUND");
      assertThat(json(gone).get("detail").asText()).contains("/items/{itemId}").contains("itemId=" + created.get("id").asText());
    }

    @Test
    void create_manyTimes_givesDistinctIntegerIds() throws Exception {
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (int i = 0; i < 40; i++) {
        JsonNode item = json(engine.handle(request("POST", "/items", "{\"name\":\"n" + i + "\",\"price\":" + i + "}")));
        assertThat(item.get("id").isInt()).isTrue();
        ids.add(item.get("id").asText());
      }
      assertThat(ids).hasSize(40);
      assertThat(json(engine.handle(request("GET", "/__paycontract/state", null))).get("count").asInt()).isEqualTo(40);
    }

    @Test
    void update_unknownId_isNotFoundAndStoresNothing() throws Exception {
      MockResponse r = engine.handle(request("PUT", "/items/424242", "{\"name\":\"x\",\"price\":1}"));
      assertThat(r.status()).isEqualTo(404);
      assertThat(engine.handle(request("GET", "/items/424242", null)).status()).isEqualTo(404);
    }
  }

  @Nested
  class PairedExamples {

    @Test
    void requestEqualToNamedExample_getsTheResponseExampleOfThatName() throws Exception {
      MockEngine engine = engine(PAIRED, MockOptions.defaults().withStateful(true));
      MockResponse r = engine.handle(request("POST", "/payments", "{\"amount\": 999999}"));
      assertThat(json(r).get("outcome").asText()).isEqualTo("declined");
      assertThat(exchanges.get(0).example()).isEqualTo("huge");
    }

    @Test
    void preferExample_stillWins() throws Exception {
      MockEngine engine = engine(PAIRED, MockOptions.defaults().withStateful(true));
      MockResponse r = engine.handle(request("POST", "/payments", "{\"amount\":999999}", "prefer", "example=manual"));
      assertThat(json(r).get("outcome").asText()).isEqualTo("review");
    }

    @Test
    void withoutStateful_theFirstExampleIsServed() throws Exception {
      MockEngine engine = engine(PAIRED, MockOptions.defaults());
      MockResponse r = engine.handle(request("POST", "/payments", "{\"amount\":999999}"));
      assertThat(json(r).get("outcome").asText()).isEqualTo("approved");
    }
  }
}
