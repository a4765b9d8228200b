package dev.paycontract.mock.internal.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.ProblemType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaTypeSelectorTest {

  private final MediaTypeSelector selector = new MediaTypeSelector();

  private String select(String declared, String accept) {
    List<String> types = Arrays.stream(declared.split(" ")).toList();
    Outcome<Optional<String>> o = selector.select(types, accept.equals("-") ? null : accept);
    return switch (o) {
      case Outcome.Ok<Optional<String>> ok -> ok.value().orElse("<none>");
      case Outcome.Failed<Optional<String>> f -> "406:" + f.problem().type();
    };
  }

  @ParameterizedTest(name = "declared [{0}] Accept [{1}] -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "application/json application/xml | - | application/json",
        "application/xml application/json | - | application/json",
        "text/plain */* | - | */*",
        "application/xml text/plain | - | application/xml",
        "application/json application/xml | application/xml | application/xml",
        "application/json application/xml | application/xml;q=0.5, application/json |"
            + " application/json",
        "application/json application/xml | */*;q=0.1, application/xml | application/xml",
        "application/xml application/json | */* | application/xml",
        "application/xml application/json | application/json, text/plain, */* | application/json",
        "application/json | application/json; charset=utf-8 | application/json",
        "application/json | application/* | application/json",
        "application/json | text/html | 406:NOT_ACCEPTABLE",
        "application/json | application/vnd.sezzle+json | 406:NOT_ACCEPTABLE",
        "*/* | application/json | 406:NOT_ACCEPTABLE",
        "application/json | application/json;q=0 | 406:NOT_ACCEPTABLE"
      })
  void select_acceptHeader_picksPrismChoice(String declared, String accept, String expected) {
    assertThat(select(declared, accept)).isEqualTo(expected);
  }

  @Test
  void select_noContent_isServedWithoutMediaType() {
    assertThat(selector.select(List.of(), "text/html")).isEqualTo(Outcome.ok(Optional.empty()));
  }

  @Test
  void select_nothingAcceptable_detailNamesAccept() {
    Outcome<Optional<String>> o = selector.select(List.of("application/json"), "text/html");
    assertThat(((Outcome.Failed<Optional<String>>) o).problem().detail())
        .isEqualTo("Unable to find content for text/html");
    assertThat(((Outcome.Failed<Optional<String>>) o).problem().type())
        .isEqualTo(ProblemType.NOT_ACCEPTABLE);
  }
}
