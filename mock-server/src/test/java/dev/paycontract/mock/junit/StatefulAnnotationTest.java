package dev.paycontract.mock.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.MockServer;
import dev.paycontract.mock.internal.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code @MockServerTest(stateful = true)}: the annotation's form of {@link MockServerExtension#stateful()}. */
@MockServerTest(specs = "src/test/resources/state/api-with-items-crud.yaml", stateful = true)
class StatefulAnnotationTest {

  @Test
  void stateful_createdItemIsReadBack(@MockBaseUrl String baseUrl, MockServer server) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/items"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"chair\",\"price\":4900}")).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode item = Json.MAPPER.readTree(created.body());
    assertThat(created.statusCode()).isEqualTo(201);

    HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/items/" + item.get("id").asText())).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(Json.MAPPER.readTree(read.body())).isEqualTo(item);
    assertThat(item.get("name").asText()).isEqualTo("chair");
    assertThat(server.journal().last().resource()).isNotNull();
  }
}
