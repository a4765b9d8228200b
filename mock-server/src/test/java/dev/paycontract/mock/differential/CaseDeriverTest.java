package dev.paycontract.mock.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseDeriverTest {

  @Test
  void uriPath_percentEncodesWhatAUriPathCannotHold_andKeepsTheRest() {
    assertThat(CaseDeriver.uriPath("/tag/v1}")).isEqualTo("/tag/v1%7D");
    assertThat(CaseDeriver.uriPath("/a b/é|^")).isEqualTo("/a%20b/%C3%A9%7C%5E");
    assertThat(CaseDeriver.uriPath("/x/%20/a-b_c.d~e!$&'()*+,;=:@"))
        .isEqualTo("/x/%20/a-b_c.d~e!$&'()*+,;=:@");
  }

  @Test
  void derive_templateWithAStrayBrace_givesPathsAUriAccepts() {
    OpenAPI api =
        new OpenAPIV3Parser()
            .readContents(
                """
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /tag/{tagValue}}:
                    get:
                      parameters:
                        - {name: tagValue, in: path, required: true, schema: {type: string}}
                      responses:
                        '200': {description: ok}
                """)
            .getOpenAPI();
    List<ProbeCase> cases = new CaseDeriver(api, "stray.yaml").derive();
    assertThat(cases).isNotEmpty();
    for (ProbeCase probe : cases) {
      assertThat(probe.path()).startsWith("/tag/").endsWith("%7D");
      URI.create("http://127.0.0.1:1" + probe.path());
    }
  }
}
