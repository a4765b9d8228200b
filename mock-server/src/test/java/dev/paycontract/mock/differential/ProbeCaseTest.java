package dev.paycontract.mock.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProbeCaseTest {

  @Test
  void parse_readsHeadersInOrder_nullMeansAbsent_andCompareMembers() {
    ProbeCase probe =
        ProbeCase.parse(
            "cases-x.jsonl",
            3,
            "{\"id\":\"a\",\"method\":\"GET\",\"path\":\"/p?q=1\","
                + "\"headers\":{\"Prefer\":\"code=200\",\"PREFER\":\"example=x\",\"Accept\":null},"
                + "\"compare\":{\"headers\":[\"X-Flag\"],\"body\":\"shape\"}}");
    assertThat(probe.headers().keySet()).containsExactly("Prefer", "PREFER", "Accept");
    assertThat(probe.headers().get("PREFER")).isEqualTo("example=x");
    assertThat(probe.headers()).containsKey("Accept");
    assertThat(probe.headers().get("Accept")).isNull();
    assertThat(probe.compareHeaders()).containsExactly("x-flag");
    assertThat(probe.shapeOnly()).isTrue();
    assertThat(probe.bodyBytes()).isEmpty();
  }

  @Test
  void bodyBytes_stringBody_isSentAsIs() {
    ProbeCase probe =
        ProbeCase.parse(
            "f", 1, "{\"id\":\"a\",\"method\":\"POST\",\"path\":\"/\",\"body\":\"{\\\"broken\"}");
    assertThat(new String(probe.bodyBytes().orElseThrow(), StandardCharsets.UTF_8))
        .isEqualTo("{\"broken");
  }

  @Test
  void bodyBytes_pad_growsTheJsonBodyByAStringProperty() throws Exception {
    ProbeCase probe =
        ProbeCase.parse(
            "f",
            1,
            "{\"id\":\"a\",\"method\":\"POST\",\"path\":\"/\",\"body\":{\"k\":1},\"pad\":{\"field\":\"memo\",\"bytes\":1000}}");
    byte[] bytes = probe.bodyBytes().orElseThrow();
    assertThat(new ObjectMapper().readTree(bytes).path("memo").asText()).hasSize(1000);
    assertThat(new ObjectMapper().readTree(bytes).path("k").asInt()).isEqualTo(1);
  }

  @Test
  void parse_missingMethod_namesFileLineAndMember() {
    assertThatThrownBy(() -> ProbeCase.parse("cases-x.jsonl", 7, "{\"id\":\"a\",\"path\":\"/\"}"))
        .hasMessageContaining("cases-x.jsonl:7")
        .hasMessageContaining("'method'");
  }
}
