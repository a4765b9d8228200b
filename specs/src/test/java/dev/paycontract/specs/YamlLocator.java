package dev.paycontract.specs;

import com.fasterxml.jackson.core.JsonPointer;
import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Maps a JSON pointer into a YAML document back to the line and column where it is written, by
 * walking SnakeYAML's node tree (Jackson's tree has no positions).
 */
final class YamlLocator {

  /** 1-based line and column. */
  record Position(int line, int column) {
    static Position of(Mark mark) {
      return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }
  }

  private final Node root;

  private YamlLocator(Node root) {
    this.root = root;
  }

  /**
   * Composes the YAML node tree.
   *
   * @throws org.yaml.snakeyaml.error.MarkedYAMLException when the text is not valid YAML
   */
  static YamlLocator compose(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(16 * 1024 * 1024);
    Node root = new Yaml(options).compose(new StringReader(yaml));
    return new YamlLocator(root);
  }

  /**
   * Where the node at {@code pointer} is written: the key of a mapping entry, the start of a
   * sequence item. When the pointer goes past what exists (a missing property), the position of the
   * deepest node that does exist.
   */
  Optional<Position> locate(JsonPointer pointer) {
    if (root == null) {
      return Optional.empty();
    }
    Node node = root;
    Position position = Position.of(root.getStartMark());
    for (JsonPointer rest = pointer; !rest.matches(); rest = rest.tail()) {
      Node next = null;
      Mark mark = null;
      if (node instanceof MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
          if (tuple.getKeyNode() instanceof ScalarNode key
              && key.getValue().equals(rest.getMatchingProperty())) {
            next = tuple.getValueNode();
            mark = key.getStartMark();
            break;
          }
        }
      } else if (node instanceof SequenceNode sequence) {
        int index = rest.getMatchingIndex();
        if (index >= 0 && index < sequence.getValue().size()) {
          next = sequence.getValue().get(index);
          mark = next.getStartMark();
        }
      }
      if (next == null) {
        break;
      }
      node = next;
      position = Position.of(mark);
    }
    return Optional.of(position);
  }
}
