package dev.paycontract.contract.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.client.sezzle.SezzleClients;
import dev.paycontract.client.sezzle.api.OrdersApi;
import dev.paycontract.client.sezzle.model.Order;
import dev.paycontract.mock.junit.MockBaseUrl;
import dev.paycontract.mock.junit.MockServerExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import retrofit2.Response;

/** The JUnit example of the root README, compiled and run, so that it cannot rot. */
class ReadmeExampleTest {

  // README example: begin
  @RegisterExtension // any spec file; here the bundled one
  static MockServerExtension mock = MockServerExtension.withSpecs("../specs/sezzle/sezzle.yaml");

  @Test
  void readsAnOrder(@MockBaseUrl String baseUrl) throws IOException {
    OrdersApi orders = SezzleClients.create(baseUrl, "test-token");
    Response<Order> order = orders.getOrderDetails(UUID.randomUUID()).execute();

    assertThat(order.code()).isEqualTo(200);
    assertThat(order.body().getOrderAmount()).isNotNull();
    assertThat(mock.journal().last().requestViolations()).isEmpty();
  }

  // README example: end

  @Test
  void readme_javaExample_isThisTestsCode() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String source =
        Files.readString(
            Path.of("src/test/java/dev/paycontract/contract/readme/ReadmeExampleTest.java"));
    Matcher inReadme = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    Matcher inTest =
        Pattern.compile(
                "// README example: begin\\n(.*?)\\n\\s*// README example: end", Pattern.DOTALL)
            .matcher(source);
    assertThat(inReadme.find()).as("a ```java block in README.md").isTrue();
    assertThat(inTest.find()).isTrue();
    assertThat(normalized(inReadme.group(1))).isEqualTo(normalized(inTest.group(1)));
  }

  private static String normalized(String code) {
    return code.replaceAll("\\s+", " ").trim();
  }
}
