package kr.go.molit.rbd.decision;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.go.molit.rbd.petition.Category;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;

/** The two decision tables of processes/, and inputs that exercise every rule of each. */
final class DecisionTableInputs {

  static final String ROUTING = "petition-routing";
  static final String OUTCOME = "petition-outcome";

  private DecisionTableInputs() {}

  /** Both tables as the engine parses them, by key. */
  static Map<String, DmnDecision> parse(DmnEngine engine) throws IOException {
    Map<String, DmnDecision> tables = new HashMap<>();
    for (String key : List.of(ROUTING, OUTCOME)) {
      try (InputStream model = new FileInputStream("processes/" + key + ".dmn")) {
        tables.put(key, engine.parseDecision(key, model));
      }
    }
    return tables;
  }

  /** Every category the routing table knows, one it does not, and an empty one. */
  static List<String> categories() {
    List<String> categories = new ArrayList<>(Category.codes());
    categories.add("moon-base");
    categories.add("");
    return categories;
  }

  /**
   * Every combination, per column of the outcome table, of each literal it tests in that column, no
   * value, and one it does not know.
   */
  static List<Map<String, Object>> outcomeInputs() throws IOException {
    List<List<String>> columns = new ArrayList<>();
    String table = Files.readString(Path.of("processes/" + OUTCOME + ".dmn"));
    for (int column = 0; column < 4; column++) {
      List<String> values = new ArrayList<>(Arrays.asList(null, "unknown"));
      Matcher cell =
          Pattern.compile("-in-" + column + "\"><text>\"([^\"]*)\"</text>").matcher(table);
      while (cell.find()) {
        values.add(cell.group(1));
      }
      columns.add(values);
    }
    List<Map<String, Object>> combinations = new ArrayList<>();
    for (String supplement : columns.get(0)) {
      for (String council : columns.get(1)) {
        for (String forum : columns.get(2)) {
          for (String direction : columns.get(3)) {
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("supplementAction", supplement);
            inputs.put("councilOutcome", council);
            inputs.put("forumDecision", forum);
            inputs.put("supportDirection", direction);
            combinations.add(inputs);
          }
        }
      }
    }
    if (combinations.size() != columns.stream().mapToInt(List::size).reduce(1, (a, b) -> a * b)) {
      throw new IllegalStateException("combinations missing");
    }
    return combinations;
  }
}
