package dev.paycontract.mock.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.junit.MockBaseUrl;
import dev.paycontract.mock.junit.MockServerExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The JUnit extension running the validation proxy ({@code proxyTo}) in front of a drifted
 * upstream.
 */
class ProxyExtensionTest {

  private static final Upstreams.Http UPSTREAM = drifted();

  @RegisterExtension
  static MockServerExtension proxy =
      MockServerExtension.withSpecs("src/test/resources/verify/payments.yaml")
          .proxyTo(UPSTREAM.uri(), Duration.ofSeconds(5));

  private static Upstreams.Http drifted() {
    try {
      return new Upstreams.Http(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stopUpstream() {
    UPSTREAM.close();
  }

  @Test
  void extension_proxyTo_forwardsAndJournalsTheUpstreamsDrift(@MockBaseUrl String baseUrl)
      throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/payments/pay_1"))
                    .header("X-Api-Key", "k")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(UPSTREAM.received).hasSize(1);
    assertThat(proxy.journal().last().violations())
        .anySatisfy(v -> assertThat(v.location()).containsExactly("response", "body"))
        .anySatisfy(v -> assertThat(v.code()).isEqualTo("required"));
  }
}
