package dev.paycontract.mock.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code format: url} accepts: the addresses Prism accepts (probe cases url-format-*). */
class UrlSyntaxTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com",
        "HTTP://Example.COM/Path",
        "https://hooks.example.com:8443/in?x=1#top",
        "https://user:pw@hooks.example.com/in",
        "https://a@b@example.com/",
        "ftp://files.example.org",
        "http://93.184.216.34/hook",
        "http://172.32.0.1/",
        "https://bücher.example/x",
        "https://my-host.example-domain.co.uk/a/b"
      })
  void isUrl_absoluteAddressWithDottedHost_isAccepted(String value) {
    assertThat(UrlSyntax.isUrl(value)).as(value).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "string",
        "webhook.example.com",
        "/relative/path",
        "http://localhost:8080/hook",
        "https://example.com?x=1",
        "mailto:someone@example.com",
        "https://exa mple.com",
        "http://10.0.0.0/x",
        "http://10.1.2.3/x",
        "http://127.0.0.1:8080/",
        "http://169.254.1.1/",
        "http://192.168.1.10/hook",
        "http://172.16.0.1/",
        "http://0.1.2.3/",
        "https://example.com:1/",
        "https://-example.com/",
        "https://@example.com/",
        "https://xn--bcher-kva.example/x",
        "https://example.c0m/",
        ""
      })
  void isUrl_anythingElse_isRefused(String value) {
    assertThat(UrlSyntax.isUrl(value)).as(value).isFalse();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void isUrl_longHostileValue_isAnsweredWithoutBacktrackingOverEverySplit() {
    String many = "@a".repeat(50_000);
    String labels = "a.".repeat(50_000) + "a";
    String colons = "http://" + ":a".repeat(50_000) + "!";

    assertThat(UrlSyntax.isUrl("http://" + many)).isFalse();
    assertThat(UrlSyntax.isUrl("http://" + labels)).isFalse();
    assertThat(UrlSyntax.isUrl(colons)).isFalse();
  }
}
