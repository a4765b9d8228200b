package dev.paycontract.mock.internal.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a YAML spec into the JSON tree Swagger Parser would build from it, in one pass over
 * SnakeYAML's parser events. Swagger Parser composes SnakeYAML's node graph, constructs Java maps
 * and lists from it, writes those as a JSON string and parses the string back: on a 1 MB spec that
 * round trip was a sixth of the start-up on one core (docs/adr/0024-yaml-tree-fast-path.md). The
 * events are resolved as SnakeYAML's composer resolves them, but no node graph is built: the graph,
 * whose marks keep every buffer of the text alive, was most of what the first collection of a start
 * copied.
 *
 * <p>Same SnakeYAML configuration (Swagger Parser's own: its YAML 1.1 resolver without timestamps,
 * its loader limits), same scalar values (SnakeYAML's own constructor: {@code yes} is a boolean,
 * {@code 0x1A} is 26, {@code 044925} is 44925.0), same JSON node types. Anything this reader does
 * not mirror exactly gives {@link Optional#empty()}, and the caller lets Swagger Parser read the
 * text as before, messages included: explicit or custom tags, merge keys ({@code <<}), aliases of
 * mappings or sequences, keys that are not strings, integers or booleans, duplicate keys,
 * non-finite numbers, nesting beyond Swagger Parser's or SnakeYAML's depth limit, several
 * documents, any SnakeYAML error.
 */
final class YamlTree {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ScalarConstructor scalars = new ScalarConstructor();
  private final Resolver resolver = new DeserializationUtils.CustomResolver();
  private final Map<String, JsonNode> scalarAnchors = new HashMap<>();
  private final Parser parser;
  private final int maxDepth;

  private YamlTree(String text) {
    LoaderOptions options = DeserializationUtils.buildLoaderOptions();
    this.parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
    this.maxDepth =
        Math.min(
            DeserializationUtils.getOptions().getMaxYamlDepth(), options.getNestingDepthLimit());
  }

  /** The tree of a YAML document, or empty when Swagger Parser must read it itself. */
  static Optional<JsonNode> read(String text) {
    try {
      return new YamlTree(text).document();
    } catch (NotMirrored | RuntimeException e) {
      return Optional.empty();
    }
  }

  private Optional<JsonNode> document() throws NotMirrored {
    expect(Event.ID.StreamStart);
    if (next().is(Event.ID.StreamEnd)) {
      return Optional.empty();
    }
    expect(Event.ID.DocumentStart);
    JsonNode root = node(event(), 1);
    expect(Event.ID.DocumentEnd);
    expect(Event.ID.StreamEnd); // a second document: left to Swagger Parser
    return Optional.of(root);
  }

  /** The next event, past any comment. */
  private Event next() {
    while (parser.checkEvent(Event.ID.Comment)) {
      parser.getEvent();
    }
    return parser.peekEvent();
  }

  private Event event() {
    next();
    return parser.getEvent();
  }

  private void expect(Event.ID id) throws NotMirrored {
    if (!event().is(id)) {
      throw new NotMirrored();
    }
  }

  /**
   * @param depth the node's nesting as SnakeYAML's composer counts it (the root is 1)
   */
  private JsonNode node(Event event, int depth) throws NotMirrored {
    if (depth > maxDepth) {
      throw new NotMirrored();
    }
    if (event instanceof ScalarEvent scalarEvent) {
      JsonNode value = scalar(scalarNode(scalarEvent));
      if (scalarEvent.getAnchor() != null) {
        scalarAnchors.put(scalarEvent.getAnchor(), value);
      }
      return value;
    }
    if (event instanceof AliasEvent alias) {
      // Swagger Parser shares one Java object among a collection's aliases and checks the sharing
      // for cycles and reference counts: left to it.
      JsonNode value = scalarAnchors.get(alias.getAnchor());
      if (value == null) {
        throw new NotMirrored();
      }
      return value;
    }
    CollectionStartEvent start = (CollectionStartEvent) event;
    if (start.getAnchor() != null) {
      scalarAnchors.remove(start.getAnchor()); // a later alias names the collection
    }
    if (event instanceof SequenceStartEvent) {
      requireTag(start, NodeId.sequence, Tag.SEQ);
      ArrayNode array = NODES.arrayNode();
      for (Event item = event(); !item.is(Event.ID.SequenceEnd); item = event()) {
        array.add(node(item, depth + 1));
      }
      return array;
    }
    requireTag(start, NodeId.mapping, Tag.MAP);
    ObjectNode object = NODES.objectNode();
    for (Event key = event(); !key.is(Event.ID.MappingEnd); key = event()) {
      if (!(key instanceof ScalarEvent scalarKey) || scalarKey.getAnchor() != null) {
        throw new NotMirrored();
      }
      String name = key(scalarNode(scalarKey));
      if (object.has(name)) {
        throw new NotMirrored();
      }
      object.set(name, node(event(), depth + 1));
    }
    return object;
  }

  /** The scalar node SnakeYAML's composer would make of this event. */
  private ScalarNode scalarNode(ScalarEvent event) {
    String tag = event.getTag();
    if (tag == null || tag.equals("!")) {
      Tag resolved =
          resolver.resolve(
              NodeId.scalar, event.getValue(), event.getImplicit().canOmitTagInPlainScalar());
      return new ScalarNode(
          resolved,
          true,
          event.getValue(),
          event.getStartMark(),
          event.getEndMark(),
          event.getScalarStyle());
    }
    return new ScalarNode(
        new Tag(tag),
        false,
        event.getValue(),
        event.getStartMark(),
        event.getEndMark(),
        event.getScalarStyle());
  }

  /** Keys as Jackson writes the map keys SnakeYAML constructs ({@code 200:} is "200"). */
  private String key(ScalarNode scalar) throws NotMirrored {
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

  /** Only a collection with no tag, or its standard one, as the composer would resolve it. */
  private void requireTag(CollectionStartEvent start, NodeId kind, Tag standard)
      throws NotMirrored {
    String tag = start.getTag();
    Tag resolved =
        tag == null || tag.equals("!")
            ? resolver.resolve(kind, null, start.getImplicit())
            : new Tag(tag);
    if (!standard.equals(resolved)) {
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
