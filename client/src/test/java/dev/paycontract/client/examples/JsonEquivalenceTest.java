package dev.paycontract.client.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonEquivalenceTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @SuppressWarnings("rawtypes")
  private static final Schema ORDER =
      new ObjectSchema()
          .addProperty("id", new StringSchema())
          .addProperty("at", new StringSchema().format("date-time"))
          .addProperty("note", new StringSchema())
          .addProperty("locale", new StringSchema()._default("en-US"));

  private static final ProviderSpec SPEC =
      new ProviderSpec(
          "test",
          "test.yaml",
          new OpenAPI().components(new Components().schemas(Map.of("Order", ORDER))));

  @Test
  void differences_sameDocument_none() throws Exception {
    assertThat(
            diff("{\"id\":\"a\",\"n\":[1,{\"x\":null}]}", "{\"n\":[1,{\"x\":null}],\"id\":\"a\"}"))
        .isEmpty();
  }

  @Test
  void differences_lostMember_named() throws Exception {
    assertThat(diff("{\"id\":\"a\",\"note\":\"x\"}", "{\"id\":\"a\"}"))
        .containsExactly("/note: lost (example has \"x\")");
  }

  @Test
  void differences_explicitNullDropped_reportedAsLost() throws Exception {
    assertThat(diff("{\"id\":\"a\",\"note\":null}", "{\"id\":\"a\"}"))
        .containsExactly("/note: lost (example has null)");
  }

  @Test
  void differences_renamedMember_lostAndAdded() throws Exception {
    assertThat(diff("{\"note\":\"x\"}", "{\"Note\":\"x\"}"))
        .containsExactly("/note: lost (example has \"x\")", "/Note: added \"x\"");
  }

  @Test
  void differences_changedEnumOrString_reported() throws Exception {
    assertThat(diff("{\"id\":\"active\"}", "{\"id\":\"unknown_default_open_api\"}"))
        .containsExactly(
            "/id: example has \"active\", written back as \"unknown_default_open_api\"");
  }

  @Test
  void differences_sameNumberOtherScale_none() throws Exception {
    assertThat(diff("{\"n\":2.00}", "{\"n\":2}")).isEmpty();
    assertThat(diff("{\"n\":2.01}", "{\"n\":2}")).hasSize(1);
  }

  @Test
  void differences_dateTimeSameInstant_noneOnlyWhereSchemaSaysDateTime() throws Exception {
    assertThat(diff("{\"at\":\"2022-03-30T21:59:17.000Z\"}", "{\"at\":\"2022-03-30T21:59:17Z\"}"))
        .isEmpty();
    assertThat(diff("{\"at\":\"2022-03-30T23:59:17+02:00\"}", "{\"at\":\"2022-03-30T21:59:17Z\"}"))
        .isEmpty();
    assertThat(diff("{\"at\":\"2022-03-30T21:59:17Z\"}", "{\"at\":\"2022-03-30T21:59:18Z\"}"))
        .hasSize(1);
    assertThat(
            diff("{\"note\":\"2022-03-30T21:59:17.000Z\"}", "{\"note\":\"2022-03-30T21:59:17Z\"}"))
        .as("a plain string is compared as text")
        .hasSize(1);
  }

  @Test
  void differences_absentMemberWrittenWithSchemaDefault_none() throws Exception {
    assertThat(diff("{\"id\":\"a\"}", "{\"id\":\"a\",\"locale\":\"en-US\"}")).isEmpty();
    assertThat(diff("{\"id\":\"a\"}", "{\"id\":\"a\",\"locale\":\"fr-CA\"}"))
        .containsExactly("/locale: added \"fr-CA\"");
  }

  @Test
  void differences_arrayOfOtherLength_reported() throws Exception {
    assertThat(diff("[1,2]", "[1]")).hasSize(1);
  }

  private static List<String> diff(String expected, String actual) throws Exception {
    JsonNode e = JSON.readTree(expected);
    JsonNode a = JSON.readTree(actual);
    return JsonEquivalence.differences(
        SPEC, new Schema<>().$ref("#/components/schemas/Order"), e, a);
  }
}
