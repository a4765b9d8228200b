package dev.paycontract.mock.verify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A loopback server for {@code verify/payments.yaml} with three planted drifts: {@code getPayment}
 * leaves out the required {@code amount}; {@code createPayment} answers {@code status: "DONE"} (not
 * in the enum); {@code health} answers 202 (not declared). Invalid payment requests get a declared
 * 422. It records the {@code X-Api-Key} values it received.
 */
final class DriftedUpstream implements AutoCloseable {

  private final HttpServer server;
  final List<String> apiKeys = Collections.synchronizedList(new ArrayList<>());

  DriftedUpstream() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestHeaders().getFirst("X-Api-Key");
    if (key != null) {
      apiKeys.add(key);
    }
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getPath();
    switch (exchange.getRequestMethod() + " " + path) {
      case "GET /health" -> send(exchange, 202, "{\"ok\":true}");
      case "GET /payments/pay_1" ->
          send(exchange, 200, "{\"id\":\"pay_1\",\"status\":\"AUTHORIZED\"}");
      case "POST /payments" -> {
        boolean valid =
            body.matches(".*\"amount\":[1-9][0-9]*.*")
                && body.matches(".*\"intent\":\"(AUTHORIZE|CAPTURE)\".*");
        if (valid) {
          send(exchange, 201, "{\"id\":\"pay_2\",\"status\":\"DONE\",\"amount\":100}");
        } else {
          send(exchange, 422, "{\"message\":\"invalid\"}");
        }
      }
      default -> send(exchange, 404, "");
    }
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0) {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
