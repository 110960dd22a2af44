package kr.go.molit.rbd.calendar;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The days off of government offices in Korea, as a data file lists them: one {@code YYYY-MM-DD:
 * name} line per day. Read as YAML nodes, so a date stays text until we parse it and every error
 * names its line.
 */
public final class Holidays {

  private final NavigableMap<LocalDate, String> days;

  Holidays(NavigableMap<LocalDate, String> days) {
    this.days = Collections.unmodifiableNavigableMap(days);
  }

  /** Parses a holiday file; {@code source} names it in errors. */
  static Holidays read(String source, Reader reader) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
    } catch (YAMLException notYaml) {
      throw new HolidayListException(
          source + ": not a YAML list of days off: " + notYaml.getMessage());
    }
    NavigableMap<LocalDate, String> days = new TreeMap<>();
    if (root == null) {
      return new Holidays(days);
    }
    if (!(root instanceof MappingNode mapping)) {
      throw error(source, root, "expected lines of the form 'YYYY-MM-DD: name'");
    }
    for (NodeTuple entry : mapping.getValue()) {
      LocalDate day = date(source, entry.getKeyNode());
      String name = text(entry.getValueNode());
      if (name == null) {
        throw error(source, entry.getValueNode(), "the holiday " + day + " has no name");
      }
      if (days.put(day, name) != null) {
        throw error(source, entry.getKeyNode(), day + " is listed twice");
      }
    }
    return new Holidays(days);
  }

  boolean contains(LocalDate day) {
    return days.containsKey(day);
  }

  /** Whether the file lists any day of that year. */
  boolean lists(int year) {
    LocalDate first = days.ceilingKey(LocalDate.of(year, 1, 1));
    return first != null && first.getYear() == year;
  }

  private static LocalDate date(String source, Node node) {
    String text = text(node);
    try {
      return LocalDate.parse(text == null ? "" : text);
    } catch (DateTimeParseException notADate) {
      throw error(source, node, "'" + text + "' is not a date of the form YYYY-MM-DD");
    }
  }

  private static String text(Node node) {
    return node instanceof ScalarNode scalar && !scalar.getValue().isBlank()
        ? scalar.getValue().strip()
        : null;
  }

  private static HolidayListException error(String source, Node node, String reason) {
    return new HolidayListException(
        source + ", line " + (node.getStartMark().getLine() + 1) + ": " + reason);
  }
}
