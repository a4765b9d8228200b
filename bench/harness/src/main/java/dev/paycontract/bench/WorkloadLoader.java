package dev.paycontract.bench;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/** Reads the benchmark's {@link Workload} out of the Sezzle spec (local {@code $ref}s only). */
public final class WorkloadLoader {

  static final String ORDER = "/v2/order/{order_uuid}";
  static final String CUSTOMER_ORDER = "/v2/customer/{customer_uuid}/order";
  private static final String JSON = "application/json";

  private final Path file;
  private final JsonNode root;
  private final ObjectMapper json = new ObjectMapper();

  private WorkloadLoader(Path file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  public static Workload load(Path spec) {
    try {
      return new WorkloadLoader(spec, new YAMLMapper().readTree(spec.toFile())).workload();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + spec, e);
    }
  }

  private Workload workload() throws IOException {
    JsonNode get = operation(ORDER, "get");
    JsonNode post = operation(CUSTOMER_ORDER, "post");
    JsonNode request =
        firstExample(
            resolve(post.path("requestBody")).path("content").path(JSON),
            CUSTOMER_ORDER + " post requestBody");
    long minimum =
        minimum(
            resolve(post.path("requestBody")).path("content").path(JSON).path("schema"),
            "order_amount",
            "amount_in_cents");
    if (minimum <= 0) {
      throw new IllegalStateException(
          file
              + ": order_amount.amount_in_cents has minimum "
              + minimum
              + "; the invalid workload sends 0");
    }
    ObjectNode invalid = request.deepCopy();
    ((ObjectNode) invalid.path("order_amount")).put("amount_in_cents", 0);
    return new Workload(
        ORDER,
        CUSTOMER_ORDER,
        fill(ORDER, get),
        fill(CUSTOMER_ORDER, post),
        json.writeValueAsBytes(responseExample(get, "200", ORDER)),
        json.writeValueAsBytes(responseExample(post, "200", CUSTOMER_ORDER)),
        json.writeValueAsBytes(responseExample(post, "422", CUSTOMER_ORDER)),
        json.writeValueAsBytes(request),
        json.writeValueAsBytes(invalid),
        minimum);
  }

  private JsonNode operation(String path, String method) {
    JsonNode op = root.path("paths").path(path).path(method);
    if (op.isMissingNode()) {
      throw new IllegalStateException(file + ": no operation " + method.toUpperCase() + " " + path);
    }
    return op;
  }

  /** Replaces each {name} in the template with the example of the path parameter of that name. */
  private String fill(String template, JsonNode op) {
    String path = template;
    for (JsonNode p : op.path("parameters")) {
      JsonNode param = resolve(p);
      if (!"path".equals(param.path("in").asText())) {
        continue;
      }
      JsonNode example =
          param.has("example")
              ? param.get("example")
              : resolve(param.path("schema")).path("example");
      if (example.isMissingNode()) {
        throw new IllegalStateException(
            file
                + ": path parameter "
                + param.path("name").asText()
                + " of "
                + template
                + " has no example");
      }
      path = path.replace("{" + param.path("name").asText() + "}", example.asText());
    }
    if (path.contains("{")) {
      throw new IllegalStateException(
          file + ": could not fill every parameter of " + template + " (got " + path + ")");
    }
    return path;
  }

  private JsonNode responseExample(JsonNode op, String status, String where) {
    JsonNode media = resolve(op.path("responses").path(status)).path("content").path(JSON);
    return firstExample(media, where + " response " + status);
  }

  private JsonNode firstExample(JsonNode media, String where) {
    Iterator<Map.Entry<String, JsonNode>> named = media.path("examples").fields();
    if (named.hasNext()) {
      return resolve(named.next().getValue()).path("value");
    }
    if (media.has("example")) {
      return media.get("example");
    }
    throw new IllegalStateException(file + ": " + where + " (" + JSON + ") has no example");
  }

  /** Follows properties (and $refs) down to the last name; returns its minimum, or -1. */
  private long minimum(JsonNode schema, String... properties) {
    JsonNode node = resolve(schema);
    for (String name : properties) {
      node = resolve(node.path("properties").path(name));
    }
    return node.has("minimum") ? node.get("minimum").asLong() : -1;
  }

  private JsonNode resolve(JsonNode node) {
    for (int hops = 0; node.has("$ref"); hops++) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#/") || hops > 20) {
        throw new IllegalStateException(file + ": unsupported or cyclic $ref " + ref);
      }
      node = root.at(JsonPointer.compile(ref.substring(1)));
    }
    return node;
  }
}
