package dev.paycontract.mock.differential;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Compares two JSON values by shape only, for bodies that dynamic mode fills with random data. */
final class JsonShape {

  private JsonShape() {}

  /** Where the two values differ in kind, e.g. {@code $.lines[0].qty: number vs string}. */
  static List<String> mismatches(JsonNode prism, JsonNode ours) {
    List<String> mismatches = new ArrayList<>();
    compare("$", prism, ours, mismatches);
    return mismatches;
  }

  /** Same JSON kind where both sides have a value; null matches anything (nullable, random). */
  private static void compare(String at, JsonNode prism, JsonNode ours, List<String> mismatches) {
    if (prism.isNull() || ours.isNull()) {
      return;
    }
    String prismKind = kind(prism);
    String ourKind = kind(ours);
    if (!prismKind.equals(ourKind)) {
      mismatches.add(at + ": " + prismKind + " vs " + ourKind);
      return;
    }
    if (prism.isObject()) {
      // Keys present on one side only are not compared: json-schema-faker invents extra
      // properties at random wherever the schema does not forbid them.
      for (Iterator<String> names = prism.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (ours.has(name)) {
          compare(at + "." + name, prism.get(name), ours.get(name), mismatches);
        }
      }
    } else if (prism.isArray() && !prism.isEmpty() && !ours.isEmpty()) {
      // Random lengths: every item of one side must look like the first item of the other.
      for (int i = 0; i < ours.size(); i++) {
        compare(at + "[" + i + "]", prism.get(0), ours.get(i), mismatches);
      }
      for (int i = 0; i < prism.size(); i++) {
        compare(at + "[" + i + "]", prism.get(i), ours.get(0), mismatches);
      }
    }
  }

  private static String kind(JsonNode node) {
    if (node.isObject()) return "object";
    if (node.isArray()) return "array";
    if (node.isNumber()) return "number";
    if (node.isBoolean()) return "boolean";
    if (node.isTextual()) return "string";
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
