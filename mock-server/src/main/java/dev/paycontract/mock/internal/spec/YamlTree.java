package dev.paycontract.mock.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML spec into the JSON tree Swagger Parser would build from it, in one pass over
 * SnakeYAML's node graph. Swagger Parser composes that same graph, constructs Java maps and lists
 * from it, writes those as a JSON string and parses the string back: on a 1 MB spec that round trip
 * was a sixth of the start-up on one core (docs/adr/0024-yaml-tree-fast-path.md).
 *
 * <p>Same SnakeYAML configuration (Swagger Parser's own: its YAML 1.1 resolver without timestamps,
 * its loader limits), same scalar values (SnakeYAML's own constructor: {@code yes} is a boolean,
 * {@code 0x1A} is 26, {@code 044925} is 44925.0), same JSON node types. Anything this reader does
 * not mirror exactly gives {@link Optional#empty()}, and the caller lets Swagger Parser read the
 * text as before, messages included: explicit or custom tags, merge keys ({@code <<}), aliases of
 * mappings or sequences, keys that are not strings, integers or booleans, duplicate keys,
 * non-finite numbers, nesting beyond Swagger Parser's depth limit, several documents, any SnakeYAML
 * error.
 */
final class YamlTree {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ScalarConstructor scalars = new ScalarConstructor();
  private final Set<Node> collections = Collections.newSetFromMap(new IdentityHashMap<>());
  private final int maxDepth = DeserializationUtils.getOptions().getMaxYamlDepth();

  private YamlTree() {}

  /** The tree of a YAML document, or empty when Swagger Parser must read it itself. */
  static Optional<JsonNode> read(String text) {
    try {
      YamlTree tree = new YamlTree();
      // one constructor: it gives Swagger Parser's SnakeYAML set-up its loader options, and the
      // walk below its scalar values
      Node root = DeserializationUtils.buildSnakeYaml(tree.scalars).compose(new StringReader(text));
      return root == null ? Optional.empty() : Optional.of(tree.node(root, 0));
    } catch (NotMirrored | RuntimeException e) {
      return Optional.empty();
    }
  }

  private JsonNode node(Node node, int depth) throws NotMirrored {
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    // Swagger Parser shares one Java object among a collection's aliases and checks the sharing
    // for cycles and reference counts: left to it.
    if (depth > maxDepth || !collections.add(node)) {
      throw new NotMirrored();
    }
    if (node instanceof SequenceNode sequence) {
      requireTag(node, Tag.SEQ);
      ArrayNode array = NODES.arrayNode(sequence.getValue().size());
      for (Node item : sequence.getValue()) {
        array.add(node(item, depth + 1));
      }
      return array;
    }
    if (node instanceof MappingNode mapping) {
      requireTag(node, Tag.MAP);
      ObjectNode object = NODES.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        String key = key(tuple.getKeyNode());
        if (object.has(key)) {
          throw new NotMirrored();
        }
        object.set(key, node(tuple.getValueNode(), depth + 1));
      }
      return object;
    }
    throw new NotMirrored();
  }

  /** Keys as Jackson writes the map keys SnakeYAML constructs ({@code 200:} is "200"). */
  private String key(Node key) throws NotMirrored {
    if (!(key instanceof ScalarNode scalar)) {
      throw new NotMirrored();
    }
    Tag tag = scalar.getTag();
    if (Tag.STR.equals(tag)) {
      return scalar.getValue();
    }
    if (Tag.INT.equals(tag) || Tag.BOOL.equals(tag)) {
      return String.valueOf(scalars.construct(scalar));
    }
    throw new NotMirrored(); // null, float, merge and tagged keys
  }

  private JsonNode scalar(ScalarNode scalar) throws NotMirrored {
    Tag tag = scalar.getTag();
    if (Tag.STR.equals(tag)) {
      return NODES.textNode(scalar.getValue());
    }
    if (Tag.NULL.equals(tag)) {
      return NODES.nullNode();
    }
    if (Tag.BOOL.equals(tag)) {
      return NODES.booleanNode((Boolean) scalars.construct(scalar));
    }
    if (Tag.INT.equals(tag)) {
      // JSON text holds no integer type: reading it back gives the smallest node that fits.
      Object value = scalars.construct(scalar);
      if (value instanceof Integer small) {
        return NODES.numberNode(small);
      }
      BigInteger big = new BigInteger(value.toString());
      if (big.bitLength() < Integer.SIZE) {
        return NODES.numberNode(big.intValue());
      }
      return big.bitLength() < Long.SIZE
          ? NODES.numberNode(big.longValue())
          : NODES.numberNode(big);
    }
    if (Tag.FLOAT.equals(tag)) {
      double value = ((Number) scalars.construct(scalar)).doubleValue();
      if (!Double.isFinite(value)) {
        throw new NotMirrored(); // Jackson writes these as strings
      }
      return NODES.numberNode(value);
    }
    throw new NotMirrored();
  }

  private static void requireTag(Node node, Tag tag) throws NotMirrored {
    if (!tag.equals(node.getTag())) {
      throw new NotMirrored();
    }
  }

  /** SnakeYAML's own scalar constructors (YAML 1.1 integers, floats and booleans). */
  private static final class ScalarConstructor extends SafeConstructor {
    ScalarConstructor() {
      super(DeserializationUtils.buildLoaderOptions());
    }

    Object construct(ScalarNode scalar) {
      return getConstructor(scalar).construct(scalar);
    }
  }

  /** The document uses something this reader does not mirror; Swagger Parser reads it. */
  private static final class NotMirrored extends Exception {
    NotMirrored() {
      super(null, null, false, false);
    }
  }
}
