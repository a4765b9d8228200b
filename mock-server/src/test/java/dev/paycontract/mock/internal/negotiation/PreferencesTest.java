package dev.paycontract.mock.internal.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreferencesTest {

  private static MockRequest request(List<String> prefer, Map<String, String> query) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (prefer != null) {
      headers.put("prefer", prefer);
    }
    Map<String, List<String>> q = new LinkedHashMap<>();
    query.forEach((k, v) -> q.put(k, List.of(v)));
    return new MockRequest("GET", "/x", q, headers, null);
  }

  private static Preferences ok(String... prefer) {
    Outcome<Preferences> o = Preferences.from(request(List.of(prefer), Map.of()));
    assertThat(o).isInstanceOf(Outcome.Ok.class);
    return ((Outcome.Ok<Preferences>) o).value();
  }

  private static Problem invalid(String prefer) {
    Outcome<Preferences> o = Preferences.from(request(List.of(prefer), Map.of()));
    assertThat(o).isInstanceOf(Outcome.Failed.class);
    return ((Outcome.Failed<Preferences>) o).problem();
  }

  @Nested
  class Header {
    @Test
    void parse_codeAndExample_separatedByComma() {
      Preferences p = ok("code=200, example=captured");
      assertThat(p.code()).isEqualTo(200);
      assertThat(p.example()).isEqualTo("captured");
    }

    @Test
    void parse_semicolon_dropsLaterPreference() {
      Preferences p = ok("code=200; example=captured");
      assertThat(p.code()).isEqualTo(200);
      assertThat(p.example()).isNull();
    }

    @Test
    void parse_keyCaseInsensitive_andQuotedValue() {
      assertThat(ok("Code=\"202\"").code()).isEqualTo(202);
    }

    @Test
    void parse_firstOccurrenceWins() {
      assertThat(ok("code=202, code=201").code()).isEqualTo(202);
    }

    @Test
    void parse_severalHeaderLines_areJoined() {
      Preferences p = ok("code=202", "example=x");
      assertThat(p.code()).isEqualTo(202);
      assertThat(p.example()).isEqualTo("x");
    }

    @Test
    void parse_dynamicAndSeed() {
      Preferences p = ok("dynamic=true, seed=42");
      assertThat(p.dynamic()).isTrue();
      assertThat(p.seed()).isEqualTo("42");
    }

    @Test
    void parse_unknownKeys_ignored() {
      assertThat(ok("foo=bar")).isEqualTo(Preferences.NONE);
    }
  }

  @Nested
  class Invalid {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {"code=abc", "code=2010", "code", "dynamic=yes", "example"})
    void parse_badValue_returnsUnprocessable(String prefer) {
      assertThat(invalid(prefer).type()).isEqualTo(ProblemType.UNPROCESSABLE_ENTITY);
    }

    @Test
    void parse_codeNotNumber_detailIsDecoderMessage() {
      assertThat(invalid("code=abc").detail())
          .isEqualTo("optional property \"code\"\n└─ cannot decode \"abc\", should be a number");
    }

    @Test
    void parse_bareToken_detailSaysShouldBeString() {
      assertThat(invalid("code").detail())
          .isEqualTo("optional property \"code\"\n└─ cannot decode true, should be string");
    }

    @Test
    void parse_dynamicNotBoolean_detailSaysShouldBeBoolean() {
      assertThat(invalid("dynamic=yes").detail())
          .isEqualTo(
              "optional property \"dynamic\"\n└─ cannot decode \"yes\", should be a boolean");
    }
  }

  @Nested
  class QueryFallback {
    @Test
    void parse_queryParams_usedWithoutPreferHeader() {
      Outcome<Preferences> o =
          Preferences.from(request(null, Map.of("__code", "202", "__example", "captured")));
      Preferences p = ((Outcome.Ok<Preferences>) o).value();
      assertThat(p.code()).isEqualTo(202);
      assertThat(p.example()).isEqualTo("captured");
    }

    @Test
    void parse_anyPreferHeader_disablesQueryParams() {
      Outcome<Preferences> o =
          Preferences.from(request(List.of("foo=bar"), Map.of("__code", "202")));
      assertThat(((Outcome.Ok<Preferences>) o).value().code()).isNull();
    }
  }
}
