package kr.go.molit.rbd.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads YAML nodes with their line numbers, so every error can name the line it is about. */
final class YamlNodes {

  private final String source;

  YamlNodes(String source) {
    this.source = source;
  }

  static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  DirectoryException error(Node node, String reason) {
    return new DirectoryException(source, line(node), reason);
  }

  Map<String, Node> mapping(Node node, List<String> allowedKeys) {
    if (!(node instanceof MappingNode mapping)) {
      throw error(node, "expected a mapping of " + allowedKeys);
    }
    Map<String, Node> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalar(tuple.getKeyNode());
      if (!allowedKeys.contains(key)) {
        throw error(
            tuple.getKeyNode(), "unknown key '" + key + "', expected one of " + allowedKeys);
      }
      if (entries.put(key, tuple.getValueNode()) != null) {
        throw error(tuple.getKeyNode(), "key '" + key + "' given twice");
      }
    }
    return entries;
  }

  List<Node> sequence(Node node) {
    if (!(node instanceof SequenceNode sequence)) {
      throw error(node, "expected a list");
    }
    return sequence.getValue();
  }

  String scalar(Node node) {
    if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
      throw error(node, "expected a non-empty value");
    }
    return scalar.getValue().strip();
  }

  String required(Map<String, Node> entries, Node owner, String key) {
    Node value = entries.get(key);
    if (value == null) {
      throw error(owner, "'" + key + "' is missing");
    }
    return scalar(value);
  }

  String optional(Map<String, Node> entries, String key, String fallback) {
    Node value = entries.get(key);
    return value == null ? fallback : scalar(value);
  }

  List<String> scalars(Map<String, Node> entries, String key) {
    Node value = entries.get(key);
    List<String> values = new ArrayList<>();
    if (value != null) {
      sequence(value).forEach(item -> values.add(scalar(item)));
    }
    return values;
  }
}
