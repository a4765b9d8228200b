package dev.paycontract.mock.internal.body.assemble;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.internal.json.Json;
import dev.paycontract.mock.internal.media.MediaTypes;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Body bytes for a media type (Prism section 12.1): JSON compact in example order; XML strings
 * verbatim and objects wrapped in an {@code <xml>} root; {@code text/*} strings verbatim and
 * objects refused; any other type only takes strings.
 */
public final class BodySerializer {

  public Outcome<byte[]> serialize(String mediaType, JsonNode body) {
    if (body == null || body.isMissingNode()) {
      return Outcome.ok(new byte[0]);
    }
    String essence = MediaTypes.essence(mediaType);
    if (MediaTypes.isJson(essence)) {
      return Outcome.ok(Json.bytes(body));
    }
    if (essence.contains("xml")) {
      String xml = body.isTextual() ? body.textValue() : "<xml>" + xml(body) + "</xml>";
      return Outcome.ok(utf8(xml));
    }
    if (essence.startsWith("text/") || essence.equals("*/*")) {
      if (body.isContainerNode()) {
        return Outcome.failed(
            ProblemType.NO_COMPLEX_OBJECT_TEXT, "Cannot serialise complex objects as text");
      }
      return Outcome.ok(utf8(body.asText()));
    }
    if (body.isTextual()) {
      return Outcome.ok(utf8(body.textValue()));
    }
    return Outcome.failed(Problem.unknown("Cannot find serializer for " + essence));
  }

  private static String xml(JsonNode node) {
    if (node.isObject()) {
      StringBuilder out = new StringBuilder();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getValue().isArray()) {
          for (JsonNode item : e.getValue()) {
            out.append(element(e.getKey(), item));
          }
        } else {
          out.append(element(e.getKey(), e.getValue()));
        }
      }
      return out.toString();
    }
    if (node.isArray()) {
      // Prism (xml2js) writes the items of an array straight into the parent element, no wrapper
      StringBuilder out = new StringBuilder();
      node.forEach(item -> out.append(xml(item)));
      return out.toString();
    }
    return escape(node.isNull() ? "" : node.asText());
  }

  private static String element(String name, JsonNode value) {
    return "<" + name + ">" + xml(value) + "</" + name + ">";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
