package dev.paycontract.client.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every request and response example of every spec in the specs artifact goes through the generated
 * model and comes back unchanged: read into the model class the generator made for its schema (the
 * same class the generated API interface declares), written back with the same mapper the client
 * uses, and compared with {@link JsonEquivalence}. One test per example, named {@code <provider>
 * <operationId> <status|request> <media type> example=<name>}.
 */
class ExampleRoundTripTest {

  /**
   * Examples known not to round-trip, by display name, with the reason. Each entry is asserted to
   * still fail, so a fixed generator or spec makes the entry fail until it is removed. Empty now.
   */
  private static final Map<String, String> KNOWN_EXCEPTIONS = Map.of();

  private static final List<ExampleCase> EXAMPLES =
      SpecCatalog.load().stream().flatMap(spec -> SpecExamples.of(spec).stream()).toList();

  @TestFactory
  Stream<DynamicTest> everyExample_roundTripsThroughTheGeneratedModel() {
    return EXAMPLES.stream()
        .map(example -> DynamicTest.dynamicTest(example.displayName(), () -> check(example)));
  }

  @Test
  void catalog_everySpecHasRequestAndResponseExamples() {
    assertThat(EXAMPLES)
        .extracting(example -> example.spec().provider())
        .containsAll(List.of("sezzle", "ledyer", "kibo"));
    for (String provider : List.of("sezzle", "ledyer", "kibo")) {
      assertThat(EXAMPLES)
          .filteredOn(example -> example.spec().provider().equals(provider))
          .as(provider + " examples")
          .anyMatch(ExampleCase::isRequest)
          .anyMatch(example -> example.status().startsWith("2"))
          .anyMatch(example -> example.status().matches("[45]\\d\\d"));
    }
  }

  @Test
  void knownExceptions_nameExistingExamples() {
    assertThat(EXAMPLES.stream().map(ExampleCase::displayName).toList())
        .containsAll(KNOWN_EXCEPTIONS.keySet());
  }

  private static void check(ExampleCase example) throws Exception {
    String reason = KNOWN_EXCEPTIONS.get(example.displayName());
    List<String> differences = roundTrip(example);
    if (reason != null) {
      assertThat(differences)
          .as("known exception no longer fails (" + reason + "): remove it")
          .isNotEmpty();
      return;
    }
    assertThat(differences).as(example.displayName() + " written back differs").isEmpty();
  }

  private static List<String> roundTrip(ExampleCase example) throws Exception {
    assertThat(SpecExamples.isJson(example.mediaType()))
        .as("media type %s: this client reads and writes JSON only", example.mediaType())
        .isTrue();
    JavaType type = ModelTypes.ofSchema(example.spec(), example.schema());
    ModelTypes.ofApiMethod(example)
        .ifPresent(
            declared ->
                assertThat(declared).as("type in the generated API interface").isEqualTo(type));
    ObjectMapper mapper = mapperOf(example.spec());
    Object model = mapper.readValue(mapper.treeAsTokens(example.value()), type);
    assertThat(model).as("model read from the example").isNotNull();
    assertThat(model.getClass())
        .isEqualTo(type.getRawClass().isInterface() ? model.getClass() : type.getRawClass());
    JsonNode written = mapper.readTree(mapper.writeValueAsString(model));
    return JsonEquivalence.differences(example.spec(), example.schema(), example.value(), written);
  }

  /** The mapper of the provider's generated {@code invoker.JSON}: the one its ApiClient uses. */
  private static ObjectMapper mapperOf(ProviderSpec spec) throws ReflectiveOperationException {
    Object json = Class.forName(spec.invokerPackage() + ".JSON").getConstructor().newInstance();
    return (ObjectMapper) json.getClass().getMethod("getMapper").invoke(json);
  }
}
