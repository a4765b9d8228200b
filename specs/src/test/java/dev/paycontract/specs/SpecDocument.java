package dev.paycontract.specs;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

/** A spec that is valid YAML: its display name, text, Jackson tree and source positions. */
record SpecDocument(String name, String text, JsonNode tree, YamlLocator locator) {

  /** A finding at {@code pointer}, with the line and column where that node is written. */
  Finding finding(JsonPointer pointer, String rule, String message) {
    var position = locator.locate(pointer).orElse(new YamlLocator.Position(0, 0));
    return new Finding(name, pointer.toString(), position.line(), position.column(), rule, message);
  }
}
