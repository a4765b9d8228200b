package dev.paycontract.mock.differential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeComparatorTest {

  private final ExchangeComparator comparator = new ExchangeComparator();
  private final ProbeCase probe =
      ProbeCase.parse(
          "cases-test.jsonl",
          1,
          "{\"id\":\"c\",\"method\":\"GET\",\"path\":\"/x\",\"compare\":{\"headers\":[\"X-Request-Id\"]}}");

  private static Exchange answer(int status, Map<String, List<String>> headers, String body) {
    return Exchange.answered(status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  private static Exchange json(String contentType, String body) {
    return answer(200, Map.of("Content-Type", List.of(contentType)), body);
  }

  private List<String> aspects(Exchange prism, Exchange ours) {
    return comparator.compare(probe, false, prism, ours).stream().map(Difference::aspect).toList();
  }

  @Test
  void compare_charsetParameterAndHeaderCase_areIgnored() {
    assertThat(
            aspects(
                json("application/json", "{}"),
                answer(
                    200, Map.of("content-type", List.of("Application/JSON; charset=utf-8")), "{}")))
        .isEmpty();
  }

  @Test
  void compare_twoContentTypeLines_differOnContentType() {
    Exchange ours =
        answer(200, Map.of("Content-Type", List.of("text/plain", "application/json")), "{}");
    assertThat(aspects(json("application/json", "{}"), ours)).containsExactly("content-type");
  }

  @Test
  void compare_jsonBodies_keyOrderAndNumberSpelling_agree() {
    assertThat(
            aspects(
                json("application/json", "{\"a\":1,\"b\":[1.0,\"x\"]}"),
                json("application/json", "{\"b\":[1,\"x\"],\"a\":1.00}")))
        .isEmpty();
  }

  @Test
  void compare_jsonBodies_differentValue_differOnBody() {
    assertThat(
            aspects(json("application/json", "{\"a\":1}"), json("application/json", "{\"a\":2}")))
        .containsExactly("body");
  }

  @Test
  void compare_problems_differingOnlyInMessagesAndOrder_agree() {
    String prism =
        "{\"type\":\"t#UNPROCESSABLE_ENTITY\",\"title\":\"Invalid"
            + " request\",\"status\":422,\"detail\":\"a\","
            + "\"validation\":[{\"location\":[\"body\",\"a\"],\"code\":\"type\",\"message\":\"m1\"},"
            + "{\"location\":[\"query\",\"q\"],\"code\":\"minimum\",\"message\":\"m2\"}]}";
    String ours =
        "{\"type\":\"t#UNPROCESSABLE_ENTITY\",\"title\":\"Bad\",\"status\":422,\"detail\":\"b\","
            + "\"validation\":[{\"location\":[\"query\",\"q\"],\"code\":\"minimum\",\"message\":\"x\"},"
            + "{\"location\":[\"body\",\"a\"],\"code\":\"type\",\"message\":\"y\"}]}";
    assertThat(
            aspects(
                json("application/problem+json", prism), json("application/problem+json", ours)))
        .isEmpty();
  }

  @Test
  void compare_problems_withAnotherLocationCodeSet_differOnBody() {
    String prism =
        "{\"type\":\"t\",\"status\":422,\"validation\":[{\"location\":[\"body\",\"a\"],\"code\":\"type\"}]}";
    String ours =
        "{\"type\":\"t\",\"status\":422,\"validation\":[{\"location\":[\"body\"],\"code\":\"type\"}]}";
    assertThat(
            aspects(
                json("application/problem+json", prism), json("application/problem+json", ours)))
        .containsExactly("body");
  }

  @Test
  void compare_slViolations_areComparedAsLocationCodeSets() {
    String one =
        "[{\"location\":[\"response\",\"body\",\"id\"],\"severity\":\"Error\",\"code\":\"type\",\"message\":\"a\"},"
            + "{\"location\":[\"request\"],\"severity\":\"Error\",\"code\":401,\"message\":\"b\"}]";
    String sameSet =
        "[{\"location\":[\"request\"],\"code\":\"401\",\"message\":\"other\"},"
            + "{\"location\":[\"response\",\"body\",\"id\"],\"code\":\"type\"}]";
    String otherSet = "[{\"location\":[\"request\"],\"code\":\"401\"}]";
    Exchange prism = answer(200, Map.of("sl-violations", List.of(one)), "");
    assertThat(aspects(prism, answer(200, Map.of("SL-Violations", List.of(sameSet)), "")))
        .isEmpty();
    assertThat(aspects(prism, answer(200, Map.of("sl-violations", List.of(otherSet)), "")))
        .containsExactly("sl-violations");
    assertThat(aspects(prism, answer(200, Map.of(), ""))).containsExactly("sl-violations");
  }

  @Test
  void compare_corsAndCaseListedHeaders_areCompared() {
    Exchange prism =
        answer(
            200,
            Map.of("Access-Control-Allow-Origin", List.of("*"), "X-Request-Id", List.of("r1")),
            "");
    Exchange ours =
        answer(
            200,
            Map.of(
                "access-control-allow-origin",
                List.of("http://a"),
                "x-request-id",
                List.of("r2"),
                "X-Unlisted",
                List.of("free")),
            "");
    assertThat(aspects(prism, ours))
        .containsExactlyInAnyOrder("access-control-allow-origin", "x-request-id");
  }

  @Test
  void compare_noResponseAgainstAnAnswer_differsOnStatusOnly() {
    List<Difference> differences =
        comparator.compare(
            probe,
            false,
            Exchange.noResponse("no answer within 5 s"),
            json("application/problem+json", "{}"));
    assertThat(differences).extracting(Difference::aspect).containsExactly("status");
    assertThat(differences.get(0).prism()).contains("no response");
    assertThat(comparator.compare(probe, false, Exchange.noResponse("x"), Exchange.noResponse("x")))
        .isEmpty();
  }

  @Test
  void compare_shapeMode_randomValuesAndExtraKeysAgree_butKindsMustMatch() {
    Exchange prism =
        json(
            "application/json",
            "{\"a\":\"lorem\",\"n\":12.5,\"l\":[{\"q\":1},{\"q\":2}],\"extra_x1\":true}");
    Exchange sameShape =
        json("application/json", "{\"a\":\"ipsum\",\"n\":3,\"l\":[{\"q\":9}],\"z\":null}");
    Exchange otherShape = json("application/json", "{\"a\":5,\"n\":3,\"l\":[{\"q\":\"9\"}]}");
    assertThat(comparator.compare(probe, true, prism, sameShape)).isEmpty();
    assertThat(comparator.compare(probe, true, prism, otherShape))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.ours())
                    .contains("$.a: string vs number")
                    .contains("$.l[0].q: number vs string"));
  }
}
