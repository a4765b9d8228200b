package dev.paycontract.mock.internal.validation;

import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.fasterxml.jackson.databind.JsonNode;
import dev.paycontract.mock.api.Violation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the Atlassian validator's messages into Prism {@link Violation}s (docs/prism-behaviour.md
 * 8.2): the code is the JSON-Schema keyword from the message key, the location comes from the
 * instance pointer or the parameter, and the text is rebuilt from the schema values.
 */
final class FindingMapper {

  /** "Request" or "Response": the first word of every message. */
  enum Side {
    Request,
    Response
  }

  private final SchemaLocator locator;

  FindingMapper(SchemaLocator locator) {
    this.locator = locator;
  }

  /** Findings of a body validated against {@code schema}; {@code body} is the validated tree. */
  List<Violation> body(ValidationReport report, Schema<?> schema, JsonNode body, Side side) {
    List<Violation> out = new ArrayList<>();
    Map<String, Integer> requiredSeen = new HashMap<>();
    for (Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.IGNORE) {
        continue;
      }
      String keyword = keyword(m.getKey());
      String instance =
          m.getContext().flatMap(c -> c.getPointers()).map(p -> p.getInstance()).orElse("");
      String schemaPointer =
          m.getContext().flatMap(c -> c.getPointers()).map(p -> p.getSchema()).orElse(null);
      Schema<?> owner = locator.owner(schema, schemaPointer);
      List<String> path = segments(instance);
      String detail = null;
      if (keyword.equals("required")) {
        int nth = requiredSeen.merge(instance + "|" + schemaPointer, 1, Integer::sum) - 1;
        detail =
            missingProperty(
                owner, body == null ? null : body.at(instance), nth, side, m.getMessage());
      }
      String code = PrismWording.code(keyword, owner);
      String text = PrismWording.text(code, owner, detail, m.getMessage());
      out.add(bodyFinding(side, path, severity(m), code, text));
    }
    return requiredBeforeNested(out);
  }

  /**
   * A finding about the body at {@code path} (property names and array indexes), located and worded
   * as Prism does: {@code ["body", "a", "b"]}, "Request body property a.b " + text.
   */
  static Violation bodyFinding(
      Side side, List<String> path, Violation.Severity severity, String code, String text) {
    String subject = path.isEmpty() ? "body" : "body property " + String.join(".", path);
    List<String> location = new ArrayList<>(path.size() + 1);
    location.add("body");
    location.addAll(path);
    return new Violation(location, severity, code, side + " " + subject + " " + text);
  }

  /**
   * Prism's validator checks an object's {@code required} before it descends into the object's
   * properties, so a missing property comes before the findings inside that object (8.2, 8.3).
   */
  private static List<Violation> requiredBeforeNested(List<Violation> findings) {
    List<Violation> out = new ArrayList<>(findings.size());
    for (Violation v : findings) {
      int at = out.size();
      if (v.code().equals("required")) {
        for (int i = 0; i < out.size(); i++) {
          List<String> other = out.get(i).location();
          if (other.size() > v.location().size()
              && other.subList(0, v.location().size()).equals(v.location())) {
            at = i;
            break;
          }
        }
      }
      out.add(at, v);
    }
    return out;
  }

  /** Findings about parameters (request) or headers (response); the parameter is in the context. */
  List<Violation> parameters(ValidationReport report, Side side) {
    List<Violation> out = new ArrayList<>();
    for (Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.IGNORE) {
        continue;
      }
      Parameter parameter = m.getContext().flatMap(c -> c.getParameter()).orElse(null);
      String key = m.getKey();
      if (parameter == null) {
        out.add(
            new Violation(List.of(), severity(m), lastSegment(key), side + " " + m.getMessage()));
        continue;
      }
      String in = parameter.getIn() == null ? "query" : parameter.getIn();
      // Prism lower-cases every parameter name it reports (docs/prism-compatibility.md, "Parameter
      // names").
      String name = parameter.getName().toLowerCase(Locale.ROOT);
      if (key.endsWith(".missing")) {
        out.add(
            new Violation(
                List.of(in),
                severity(m),
                "required",
                side + " " + in + " must have required property '" + name + "'"));
        continue;
      }
      Schema<?> paramSchema =
          parameter.getSchema() == null ? null : locator.deref(parameter.getSchema());
      String keyword = parameterKeyword(key);
      Schema<?> owner;
      if (key.contains(".schema.") && !key.endsWith(".invalidJson")) {
        owner =
            locator.owner(
                paramSchema,
                m.getContext().flatMap(c -> c.getPointers()).map(p -> p.getSchema()).orElse(null));
      } else {
        owner = paramSchema;
      }
      String code = PrismWording.code(keyword, owner);
      String text = PrismWording.text(code, owner, null, m.getMessage());
      out.add(
          new Violation(
              List.of(in, name),
              severity(m),
              code,
              side + " " + in + " parameter " + name + " " + text));
    }
    return out;
  }

  private static String parameterKeyword(String key) {
    if (key.contains(".schema.")) {
      String keyword = keyword(key);
      // a value that is not even the right JSON type ("maybe" for a boolean) is a type error to
      // Prism
      return keyword.equals("invalidJson") ? "type" : keyword;
    }
    return switch (lastSegment(key)) {
      case "tooManyItems" -> "maxItems";
      case "tooFewItems" -> "minItems";
      case "duplicateItems" -> "uniqueItems";
      case "invalid", "invalidFormat" -> key.contains(".enum.") ? "enum" : "type";
      default -> lastSegment(key);
    };
  }

  /** {@code validation.request.body.schema.format.email} -> {@code format}. */
  static String keyword(String key) {
    int at = key.indexOf(".schema.");
    String rest = at < 0 ? lastSegment(key) : key.substring(at + ".schema.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static String lastSegment(String key) {
    return key.substring(key.lastIndexOf('.') + 1);
  }

  private static Violation.Severity severity(Message m) {
    return m.getLevel() == ValidationReport.Level.ERROR
        ? Violation.Severity.Error
        : Violation.Severity.Warning;
  }

  private static List<String> segments(String pointer) {
    if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
      return List.of();
    }
    String[] raw = pointer.substring(1).split("/", -1);
    List<String> out = new ArrayList<>(raw.length);
    for (String s : raw) {
      out.add(s.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  /**
   * The n-th required property missing from {@code instance}: the validator reports one finding per
   * missing property, all with the same pointers, so their order is the schema's {@code required}
   * order.
   */
  private String missingProperty(
      Schema<?> owner, JsonNode instance, int nth, Side side, String fallback) {
    if (owner != null && owner.getRequired() != null && instance != null && instance.isObject()) {
      int seen = 0;
      for (String name : owner.getRequired()) {
        if (instance.has(name) || skipped(owner, name, side)) {
          continue;
        }
        if (seen++ == nth) {
          return name;
        }
      }
    }
    // last resort: the validator names the property in quotes
    int open = fallback.indexOf('\'');
    int close = open < 0 ? -1 : fallback.indexOf('\'', open + 1);
    return close > open ? fallback.substring(open + 1, close) : "?";
  }

  /** readOnly properties are not required in requests, writeOnly ones not in responses (8.1). */
  private boolean skipped(Schema<?> owner, String name, Side side) {
    if (owner.getProperties() == null || !owner.getProperties().containsKey(name)) {
      return false;
    }
    Schema<?> property = locator.deref(owner.getProperties().get(name));
    if (property == null) {
      return false;
    }
    return side == Side.Request
        ? Boolean.TRUE.equals(property.getReadOnly())
        : Boolean.TRUE.equals(property.getWriteOnly());
  }
}
