package dev.paycontract.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the workload's request bodies and paths for wrk and curl: {@code valid.json},
 * {@code invalid.json}, {@code expected-get.json} and {@code workload.env} (ORDER_PATH,
 * CUSTOMER_PATH) into a folder, and WireMock's stubs for the same two operations
 * ({@code wiremock/mappings/*.json}, answering the same example bytes), so nothing is copied by
 * hand from the spec.
 *
 * <pre>java -cp bench-harness.jar dev.paycontract.bench.ExportWorkload SPEC OUT_DIR</pre>
 */
public final class ExportWorkload {
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ExportWorkload SPEC OUT_DIR");
      System.exit(2);
    }
    Workload w = WorkloadLoader.load(Path.of(args[0]));
    Path out = Files.createDirectories(Path.of(args[1]));
    Files.write(out.resolve("valid.json"), w.validRequest());
    Files.write(out.resolve("invalid.json"), w.invalidRequest());
    Files.write(out.resolve("expected-get.json"), w.orderBody());
    Files.writeString(
        out.resolve("workload.env"),
        "ORDER_PATH=" + w.orderPath() + "\nCUSTOMER_PATH=" + w.customerPath() + "\n");
    Path mappings = Files.createDirectories(out.resolve("wiremock/mappings"));
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    json.writeValue(mappings.resolve("get-order.json").toFile(), stub("GET", w.orderTemplate(), w.orderBody()));
    json.writeValue(mappings.resolve("create-order.json").toFile(), stub("POST", w.customerTemplate(), w.createdBody()));
  }

  /** A WireMock stub: method + path template (each {@code {param}} one segment) -> 200 with the example's bytes. */
  static Map<String, Object> stub(String method, String template, byte[] body) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("method", method);
    request.put("urlPathPattern", template.replaceAll("\\{[^/}]+}", "[^/]+"));
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("status", 200);
    response.put("headers", Map.of("Content-Type", "application/json"));
    response.put("body", new String(body, StandardCharsets.UTF_8));
    Map<String, Object> stub = new LinkedHashMap<>();
    stub.put("request", request);
    stub.put("response", response);
    return stub;
  }
}
