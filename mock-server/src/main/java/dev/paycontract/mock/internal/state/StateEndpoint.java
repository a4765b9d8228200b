package dev.paycontract.mock.internal.state;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.MockResponse;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reserved path of stateful mode, {@value #PATH}: {@code DELETE} forgets every stored resource
 * (204), {@code GET} lists them (200, JSON). Other methods get 405. The path is answered only with
 * {@code --stateful}; without it, it is routed like any other path (Prism compatibility).
 */
public final class StateEndpoint {

  /** Reserved: no spec path starts with {@code /__paycontract}. */
  public static final String PATH = "/__paycontract/state";

  private StateEndpoint() {}

  public static boolean handles(String path) {
    return path.equals(PATH) || path.equals(PATH + "/");
  }

  public static MockResponse answer(MockRequest request, ResourceStore store) {
    return switch (request.method()) {
      case "DELETE" -> {
        store.clear();
        yield new MockResponse(204, new LinkedHashMap<>(), new byte[0]);
      }
      case "GET" -> list(store);
      default -> Problem.of(ProblemType.NO_METHOD_MATCHED_ERROR,
          "The stateful mode's reset endpoint " + PATH + " answers GET (list) and DELETE (reset), not " + request.method() + ".")
          .toResponse();
    };
  }

  private static MockResponse list(ResourceStore store) {
    List<StoredResource> all = store.all();
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("count", all.size());
    ArrayNode resources = out.putArray("resources");
    for (StoredResource r : all) {
      ObjectNode o = resources.addObject();
      o.put("kind", r.kind());
      o.put("id", r.id());
      o.put("storedAt", r.storedAt().toString());
      o.set("body", r.body());
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-type", List.of("application/json"));
    return new MockResponse(200, headers, out.toString().getBytes(StandardCharsets.UTF_8));
  }
}
