package dev.paycontract.contract.examples;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.paycontract.contract.examples.OpenApiValidationFilter.OpenApiValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The filter against a scripted loopback server: it passes what follows the spec, fails the rest.
 */
class OpenApiValidationFilterTest {

  private final AtomicReference<Reply> reply = new AtomicReference<>();
  private HttpServer server;
  private OpenApiValidationFilter filter;

  private record Reply(int status, String contentType, String body) {}

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          Reply r = reply.get();
          byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", r.contentType());
          exchange.sendResponseHeaders(r.status(), body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try (InputStream in = getClass().getResourceAsStream("/examples/api-with-one-resource.yaml")) {
      String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      filter = new OpenApiValidationFilter(SpecValidators.forYaml(yaml), "pets getPet example=x");
    }
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void filter_exchangeFollowingTheSpec_passesTheResponseOn() {
    reply.set(new Reply(200, "application/json", "{\"id\":7,\"name\":\"Rex\"}"));

    int status = given().baseUri(base()).filter(filter).get("/pets/7").statusCode();

    assertThat(status).isEqualTo(200);
  }

  @Test
  void filter_responseMissingARequiredProperty_failsNamingCaseAndViolation() {
    reply.set(new Reply(200, "application/json", "{\"id\":7}"));

    assertThatThrownBy(() -> given().baseUri(base()).filter(filter).get("/pets/7"))
        .isInstanceOf(OpenApiValidationException.class)
        .hasMessageContaining("pets getPet example=x: GET /pets/7 -> 200 does not follow the spec")
        .hasMessageContaining("validation.response.body.schema.required");
  }

  @Test
  void filter_undeclaredStatus_fails() {
    reply.set(new Reply(500, "application/json", "{}"));

    assertThatThrownBy(() -> given().baseUri(base()).filter(filter).get("/pets/7"))
        .isInstanceOf(OpenApiValidationException.class)
        .hasMessageContaining("validation.response.status.unknown");
  }

  @Test
  void filter_requestBreakingTheBodySchema_fails() {
    reply.set(new Reply(201, "application/json", "{\"id\":7,\"name\":\"Rex\"}"));

    assertThatThrownBy(
            () ->
                given()
                    .baseUri(base())
                    .filter(filter)
                    .contentType("application/json")
                    .body("{\"id\":7,\"name\":\"\"}")
                    .post("/pets"))
        .isInstanceOf(OpenApiValidationException.class)
        .hasMessageContaining("validation.request.body.schema.minLength")
        .hasMessageContaining("(at /name)");
  }

  @Test
  void filter_requestWithWrongPathParameterType_fails() {
    reply.set(new Reply(200, "application/json", "{\"id\":7,\"name\":\"Rex\"}"));

    assertThatThrownBy(() -> given().baseUri(base()).filter(filter).get("/pets/seven"))
        .isInstanceOf(OpenApiValidationException.class)
        .hasMessageContaining("validation.request.parameter.schema.type");
  }
}
