package dev.paycontract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaseUrlTest {

  @ParameterizedTest
  @CsvSource({
    "http://localhost:4010, http://localhost:4010/",
    "http://localhost:4010/, http://localhost:4010/",
    "https://example.test/v2, https://example.test/v2/",
    "https://example.test/v2/, https://example.test/v2/"
  })
  void of_endsWithSlash(String given, String expected) {
    assertThat(BaseUrl.of(given).toString()).isEqualTo(expected);
  }

  @Test
  void of_notAnHttpUrl_rejectedNamingTheValue() {
    assertThatThrownBy(() -> BaseUrl.of("localhost:4010"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl is not an absolute http(s) URL: \"localhost:4010\"");
  }
}
