package dev.paycontract.mock.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.api.Exchange;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.api.ResourceRef;
import dev.paycontract.mock.api.Violation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The two line styles of the request log: text and JSON, at info and at debug. */
class RequestLogTest {

  private static final Violation AMOUNT =
      new Violation(List.of("request", "body", "amount"), Violation.Severity.Error, "minimum", "Request body property amount must be >= 1");

  private static Exchange exchange(String method, String path, Map<String, List<String>> query, int status, String mediaType,
      String example, boolean dynamic, List<Violation> violations) {
    Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
    requestHeaders.put("authorization", List.of("Bearer sk_live_abc"));
    requestHeaders.put("content-type", List.of("application/json"));
    Map<String, List<String>> responseHeaders = mediaType == null ? Map.of() : Map.of("Content-type", List.of(mediaType));
    return new Exchange(
        Instant.parse("2026-01-02T03:04:05Z"),
        new MockRequest(method, path, query, requestHeaders,
            "{\"card\":{\"number\":\"4111 1111 1111 1111\",\"cvv\":\"123\"},\"amount\":0}".getBytes(StandardCharsets.UTF_8)),
        new MockResponse(status, responseHeaders, "{\"status\":\"APPROVED\"}".getBytes(StandardCharsets.UTF_8)),
        "/v2/customer/{customer_uuid}/order",
        Map.of("customer_uuid", "6c9d"),
        example,
        dynamic,
        violations,
        Duration.ofMillis(3),
        null);
  }

  @Nested
  class Text {

    @Test
    void line_problemWithViolations_namesStatusMediaTypeAndCount() {
      Exchange e = exchange("POST", "/v2/customer/6c9d/order", Map.of(), 422, "application/problem+json", null, false,
          List.of(AMOUNT, AMOUNT, AMOUNT));
      assertThat(RequestLog.line(e)).isEqualTo("POST /v2/customer/6c9d/order -> 422 application/problem+json (3 violations)");
    }

    @Test
    void line_storedResource_namesActionKindAndId() {
      Exchange plain = exchange("GET", "/v2/order/6c9d", Map.of(), 200, "application/json", null, false, List.of());
      Exchange e = new Exchange(plain.time(), plain.request(), plain.response(), "/v2/order/{order_uuid}", Map.of(), null, false, List.of(),
          plain.duration(), null, new ResourceRef(ResourceRef.Action.READ, "/v2/order/{order_uuid}", "6c9d"));
      assertThat(RequestLog.line(e)).isEqualTo("GET /v2/order/6c9d -> 200 application/json state=read:/v2/order/{order_uuid}#6c9d");
      assertThat(RequestLog.jsonLine(e, false)).contains("\"state\":{\"action\":\"read\",\"kind\":\"/v2/order/{order_uuid}\",\"id\":\"6c9d\"}");
    }

    @Test
    void line_example_namesIt() {
      Exchange e = exchange("POST", "/v2/customer/6c9d/order", Map.of(), 200, "application/json", "authApproved", false, List.of(AMOUNT));
      assertThat(RequestLog.line(e)).isEqualTo("POST /v2/customer/6c9d/order -> 200 application/json example=authApproved (1 violation)");
    }

    @Test
    void line_dynamicBodyAndQuery_saysDynamicAndMasksQuery() {
      Exchange e = exchange("GET", "/v2/order/1", Map.of("api_key", List.of("k-1")), 200, "application/json", null, true, List.of());
      assertThat(RequestLog.line(e)).isEqualTo("GET /v2/order/1?api_key=*** -> 200 application/json dynamic");
    }

    @Test
    void line_noBody_saysSo() {
      Exchange e = exchange("DELETE", "/v2/order/1", Map.of(), 204, null, null, false, List.of());
      assertThat(RequestLog.line(e)).isEqualTo("DELETE /v2/order/1 -> 204 (no body)");
    }

    @Test
    void details_debug_listHeadersBodiesAndViolationsMasked() {
      Exchange e = exchange("POST", "/v2/customer/6c9d/order", Map.of(), 422, "application/json", null, false, List.of(AMOUNT));
      assertThat(RequestLog.details(e))
          .containsExactly(
              "  > authorization: Bearer ***",
              "  > content-type: application/json",
              "  > {\"card\":{\"number\":\"****\",\"cvv\":\"***\"},\"amount\":0}",
              "  < Content-type: application/json",
              "  < {\"status\":\"APPROVED\"}",
              "  ! request.body.amount Error minimum: Request body property amount must be >= 1");
    }
  }

  @Nested
  class JsonLines {

    @Test
    void jsonLine_info_hasTheSameFieldsAsTheTextLine() throws Exception {
      Exchange e = exchange("POST", "/v2/customer/6c9d/order", Map.of(), 200, "application/json", "authApproved", false, List.of(AMOUNT));
      JsonNode line = Json.MAPPER.readTree(RequestLog.jsonLine(e, false));
      assertThat(line.properties()).extracting(Map.Entry::getKey)
          .containsExactly("time", "method", "path", "status", "mediaType", "example", "dynamic", "violations", "durationMs");
      assertThat(line.get("time").asText()).isEqualTo("2026-01-02T03:04:05Z");
      assertThat(line.get("path").asText()).isEqualTo("/v2/customer/6c9d/order");
      assertThat(line.get("status").asInt()).isEqualTo(200);
      assertThat(line.get("example").asText()).isEqualTo("authApproved");
      assertThat(line.get("dynamic").asBoolean()).isFalse();
      assertThat(line.get("violations").asInt()).isEqualTo(1);
      assertThat(line.get("durationMs").asDouble()).isEqualTo(3.0);
    }

    @Test
    void jsonLine_debug_addsMaskedRequestResponseAndFindings() throws Exception {
      Exchange e = exchange("POST", "/cards/4111111111111111", Map.of(), 422, "application/json", null, false, List.of(AMOUNT));
      JsonNode line = Json.MAPPER.readTree(RequestLog.jsonLine(e, true));
      assertThat(line.get("path").asText()).isEqualTo("/cards/****");
      assertThat(line.at("/request/headers/authorization").asText()).isEqualTo("Bearer ***");
      assertThat(line.at("/request/body").asText()).doesNotContain("4111", "123").contains("****");
      assertThat(line.at("/findings/0/location").asText()).isEqualTo("request.body.amount");
      assertThat(line.toString()).doesNotContain("sk_live_abc");
    }

    @Test
    void jsonLine_example_isNullForAProblem() throws Exception {
      Exchange e = exchange("GET", "/x", Map.of(), 404, "application/problem+json", null, false, List.of());
      assertThat(Json.MAPPER.readTree(RequestLog.jsonLine(e, false)).get("example").isNull()).isTrue();
    }
  }
}
