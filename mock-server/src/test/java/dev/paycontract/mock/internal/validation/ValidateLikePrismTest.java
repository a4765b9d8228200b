package dev.paycontract.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.api.Violation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code --validate-like-prism}: the parts whose schema Prism's validator cannot compile are not
 * validated, as in Prism; by default they are, and the validator names the part Prism skips
 * (docs/prism-compatibility.md D9, ADR 0027).
 */
class ValidateLikePrismTest {

  private static final LoadedSpec SPEC = Fixtures.spec("prism-compile-gaps.yaml");
  private static final Validators STRICT = Validators.of(SPEC, false);
  private static final Validators LIKE_PRISM = Validators.of(SPEC, true);

  private static RequestVerdict post(Validators validators, String path, String json) {
    return validators
        .request()
        .validate(
            Fixtures.request("POST", path).json(json).build(), Fixtures.route(SPEC, "POST", path));
  }

  @Test
  void bodyAgainstAnEnumListingAnItemTwice_isRefusedByDefault_andPassesLikePrism() {
    String outsideEnum = "{\"a\":\"z\"}";

    RequestVerdict strict = post(STRICT, "/enum-twice-referenced", outsideEnum);
    assertThat(strict).isInstanceOf(RequestVerdict.Unprocessable.class);
    assertThat(
            STRICT
                .request()
                .partPrismSkips(
                    Fixtures.route(SPEC, "POST", "/enum-twice-referenced"), strict.violations()))
        .hasValueSatisfying(
            gap -> {
              assertThat(gap.part()).isEqualTo("request body application/json");
              assertThat(gap.reason()).startsWith("enum");
            });

    assertThat(post(LIKE_PRISM, "/enum-twice-referenced", outsideEnum))
        .isEqualTo(new RequestVerdict.Valid(List.of()));
  }

  @Test
  void bodyOfACompilableSchema_isValidatedInBothModes() {
    RequestVerdict likePrism = post(LIKE_PRISM, "/nullable-with-type", "{\"a\":\"text\"}");

    assertThat(likePrism).isInstanceOf(RequestVerdict.Unprocessable.class);
    assertThat(likePrism.violations()).extracting(Violation::code).containsExactly("type");
    assertThat(
            LIKE_PRISM
                .request()
                .partPrismSkips(
                    Fixtures.route(SPEC, "POST", "/nullable-with-type"), likePrism.violations()))
        .isEmpty();
  }

  @Test
  void queryGroupWithAPatternJavaScriptRefuses_isSkippedWhole_butHeadersStillChecked() {
    var route = Fixtures.route(SPEC, "GET", "/query-pattern-java-only");
    // q breaks its pattern and the required r is missing: both are the query group's
    var request = Fixtures.request("GET", "/query-pattern-java-only").query("q", "b").build();

    RequestVerdict strict = STRICT.request().validate(request, route);
    assertThat(strict.violations())
        .extracting(v -> v.location().get(0))
        .containsOnly("query")
        .hasSize(2);
    assertThat(STRICT.request().partPrismSkips(route, strict.violations()))
        .hasValueSatisfying(gap -> assertThat(gap.part()).isEqualTo("request query"));

    assertThat(LIKE_PRISM.request().validate(request, route))
        .isEqualTo(new RequestVerdict.Valid(List.of()));
  }

  @Test
  void responseHeadersAndBodyPrismCannotCompile_areNotReportedLikePrism_otherBodiesAre() {
    var route = Fixtures.route(SPEC, "GET", "/headers/{id}", Map.of("id", "!"));
    var problem = Fixtures.response(500, "application/json", "[]", Map.of());
    var fine =
        Fixtures.response(200, "application/json", "{\"a\":\"lower\"}", Map.of("X-Twice", "z"));

    assertThat(STRICT.response().validate(route, problem))
        .extracting(Violation::code)
        .contains("type");
    assertThat(LIKE_PRISM.response().validate(route, problem)).isEmpty();
    assertThat(LIKE_PRISM.response().validate(route, fine))
        .extracting(Violation::code)
        .containsExactly("pattern");
    assertThat(STRICT.response().validate(route, fine))
        .extracting(Violation::code)
        .containsExactlyInAnyOrder("pattern", "enum");
  }
}
