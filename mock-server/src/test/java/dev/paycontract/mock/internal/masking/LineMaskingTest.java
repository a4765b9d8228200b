package dev.paycontract.mock.internal.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lines from any source, in the shapes they carry secrets, come out masked. */
class LineMaskingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "jetty field cookie | HEADER:IN_VALUE --> FIELD(Cookie: theme=dark; session=SECRET1;"
            + " lang=en) | HEADER:IN_VALUE --> FIELD(Cookie: ***",
        "jetty field api key | FIELD(X-Api-Key: SECRET1) | FIELD(X-Api-Key: ***",
        "jetty split header | headerString=[x-vol-tenant], valueString=[SECRET1] |"
            + " headerString=[x-vol-tenant], valueString=[***]",
        "query in a URI | uri=http://localhost/secure?password=SECRET1&page=2,age=10} |"
            + " uri=http://localhost/secure?password=***&page=2,age=10}",
        "bearer anywhere | sending Bearer SECRET1 upstream | sending Bearer *** upstream",
        "authorization header keeps scheme | Authorization: Basic SECRET1 | Authorization: Basic"
            + " ***",
        "json | {\"cvv\":\"123\",\"amount\":1} | {\"cvv\":\"***\",\"amount\":1}",
        "json number | {\"cvv\": 123} | {\"cvv\": ***}",
        "escaped json | \"body\":\"{\\\"cvv\\\":\\\"123\\\"}\" |"
            + " \"body\":\"{\\\"cvv\\\":\\\"***\\\"}\"",
        "form | username=a&password=SECRET1&x=1 | username=a&password=***&x=1",
        "xml | <order><cvv>123</cvv><amount>1</amount></order> |"
            + " <order><cvv>***</cvv><amount>1</amount></order>",
        "buffer dump tail and stale bytes | ={<<<GET / HTTP/1.1\\r"
            + "\\n"
            + "Hos...: SECRET1\\r"
            + "\\n"
            + "\\r"
            + "\\n"
            + ">>>stale SECRET2} x | ={<<<GET / HTTP/1.1\\r"
            + "\\n"
            + "Hos...***>>>***} x",
        "card number | paid with 4111 1111 1111 1111 today | paid with **** today",
        "challenge realm kept | WWW-Authenticate: Bearer realm=\"api\" | WWW-Authenticate: Bearer"
            + " realm=\"api\"",
        "ordinary line untouched | 13:45:25.288 [INFO] POST /v2/order -> 422"
            + " application/problem+json (3 violations) | 13:45:25.288 [INFO] POST /v2/order -> 422"
            + " application/problem+json (3 violations)",
      })
  void mask_lineFromAnySource_hidesTheSecret(String shape, String line, String expected) {
    assertThat(LineMasking.mask(line)).isEqualTo(expected);
  }

  @Test
  void mask_64kbRunOfLetters_linearTime() {
    String line = "GET /orders/" + "a".repeat(64 * 1024) + "?password=SECRET1 HTTP/1.1";
    long start = System.nanoTime();
    String masked = LineMasking.mask(line);
    assertThat(masked).endsWith("?password=*** HTTP/1.1");
    assertThat((System.nanoTime() - start) / 1_000_000)
        .as("ms for one 64 KB line")
        .isLessThan(2_000);
  }

  @Test
  void printStream_severalLinesInOneWrite_allMaskedAndWrittenOnce() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream out =
        MaskingPrintStream.around(new PrintStream(sink, true, StandardCharsets.UTF_8));
    out.print("a token=SECRET1\nb 4111111111111111\npartial cvv=");
    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("a token=***\nb ****\n");
    out.print("123\n");
    assertThat(sink.toString(StandardCharsets.UTF_8)).endsWith("partial cvv=***\n");
  }
}
