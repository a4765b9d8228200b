package dev.paycontract.mock.internal.body.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.problem.Outcome;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodySerializerTest {

  private static String xml(String json) throws Exception {
    Outcome<byte[]> out =
        new BodySerializer().serialize("application/xml", Json.MAPPER.readTree(json));
    return new String(((Outcome.Ok<byte[]>) out).value(), StandardCharsets.UTF_8);
  }

  @Test
  void serialize_xmlObject_isWrappedInAnXmlRootWithRepeatedElementsForArrays() throws Exception {
    assertThat(xml("{\"id\":1,\"tags\":[\"a\",\"b\"],\"note\":null}"))
        .isEqualTo("<xml><id>1</id><tags>a</tags><tags>b</tags><note></note></xml>");
  }

  /** Found on a public spec: Prism writes a top-level array's items straight into the root. */
  @Test
  void serialize_xmlTopLevelArray_writesItemsIntoTheRootWithoutWrapper() throws Exception {
    assertThat(xml("[{\"key\":\"string\",\"value\":\"\"}]"))
        .isEqualTo("<xml><key>string</key><value></value></xml>");
  }
}
