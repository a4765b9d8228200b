package dev.paycontract.specs;

import com.fasterxml.jackson.core.JsonPointer;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spec parses with Swagger Parser without a single message. Swagger Parser names the culprit
 * with a dotted path ({@code attribute paths.'/x'(post).responses.200.description is missing});
 * that path is turned into a JSON pointer so the finding also gets a line and column.
 */
final class ParserRule implements SpecRule {

  private static final Pattern ATTRIBUTE = Pattern.compile("attribute (\\S+)");

  @Override
  public String name() {
    return "parser";
  }

  @Override
  public List<Finding> check(SpecDocument spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(spec.text(), null, options);
    List<Finding> findings = new ArrayList<>();
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    for (String message : messages) {
      findings.add(spec.finding(pointerOf(message), name(), message));
    }
    if (result.getOpenAPI() == null && messages.isEmpty()) {
      findings.add(
          spec.finding(JsonPointer.empty(), name(), "Swagger Parser returned no OpenAPI model"));
    }
    return findings;
  }

  /** {@code paths.'/v2/x'(post).responses.200} -> {@code /paths/~1v2~1x/post/responses/200}. */
  static JsonPointer pointerOf(String message) {
    Matcher m = ATTRIBUTE.matcher(message);
    JsonPointer pointer = JsonPointer.empty();
    if (!m.find()) {
      return pointer;
    }
    String path = m.group(1);
    StringBuilder token = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i <= path.length(); i++) {
      char c = i < path.length() ? path.charAt(i) : '.';
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        pointer = pointer.appendProperty(token.toString());
        token.setLength(0);
      } else if (!quoted && c == ')') {
        pointer = pointer.appendProperty(token.toString());
        token.setLength(0);
      } else if (!quoted && c == '.') {
        if (!token.isEmpty()) {
          pointer = pointer.appendProperty(token.toString());
          token.setLength(0);
        }
      } else {
        token.append(c);
      }
    }
    return pointer;
  }
}
