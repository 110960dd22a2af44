package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The decision tables of regional-petition, evaluated straight from processes/. */
class PetitionDecisionsTest {

  static DmnEngine dmn;
  static DmnDecision routing;
  static DmnDecision outcome;

  @BeforeAll
  static void parse() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream r = new FileInputStream("processes/petition-routing.dmn");
        InputStream o = new FileInputStream("processes/petition-outcome.dmn")) {
      routing = dmn.parseDecision("petition-routing", r);
      outcome = dmn.parseDecision("petition-outcome", o);
    }
  }

  static List<Map<String, Object>> route(String category) {
    return dmn.evaluateDecisionTable(routing, Map.of("category", category)).getResultList();
  }

  @ParameterizedTest
  @EnumSource(Category.class)
  void everyCategoryHasExactlyOneLeadStandingDivision(Category category) {
    List<Map<String, Object>> divisions = route(category.code());
    assertThat(divisions)
        .filteredOn(d -> Boolean.TRUE.equals(d.get("lead")))
        .hasSize(1)
        .allSatisfy(d -> assertThat((String) d.get("division")).startsWith("division-"));
  }

  @ParameterizedTest
  @CsvSource({
    "gb-regulation, division-land-policy, division-green-belt",
    "urban-planning, division-urban-policy, division-urban-planning",
    "urban-convergence, division-urban-policy, division-urban-economy",
    "industrial-complex, division-land-policy, division-industrial-sites",
    "innovation-cities, division-land-policy, division-innovation-cities;division-multifunctional-city;division-saemangeum",
    "public-relocation, division-land-policy, division-public-relocation",
    "job-hubs, division-land-policy, division-regional-policy;division-housing-policy",
    "railway, division-railway-policy, division-railway-construction",
    "road, division-road-policy, division-road-construction",
    "airport, division-aviation-policy, division-airports",
    "other, division-land-policy, ''"
  })
  void routesEachCategoryToItsDivisions(String category, String lead, String projects) {
    List<String> expected = new java.util.ArrayList<>(List.of(lead));
    if (!projects.isBlank()) {
      expected.addAll(Arrays.asList(projects.split(";")));
    }
    assertThat(route(category))
        .extracting(d -> (String) d.get("division"))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void unknownCategoryRoutesNowhere() {
    assertThat(route("moon-base")).isEmpty();
  }

  static String decide(
      String supplementAction,
      String councilOutcome,
      String forumDecision,
      String supportDirection) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("supplementAction", supplementAction);
    inputs.put("councilOutcome", councilOutcome);
    inputs.put("forumDecision", forumDecision);
    inputs.put("supportDirection", supportDirection);
    return (String)
        dmn.evaluateDecisionTable(outcome, inputs).getSingleResult().get("petitionOutcome");
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "withdraw, null, null, null, WITHDRAWN",
        "null, settled, null, null, SETTLED_AT_COUNCIL",
        "null, rejected, null, null, NOT_ACCEPTED",
        "resubmit, forward, adopted, partial, ACCEPTED",
        "null, forward, conditional, accept, PARTLY_ACCEPTED",
        "null, forward, rejected, accept, NOT_ACCEPTED",
        "null, forward, null, accept, ACCEPTED",
        "null, forward, null, partial, PARTLY_ACCEPTED",
        "null, forward, null, long-term, LONG_TERM_REVIEW",
        "null, forward, null, reject, NOT_ACCEPTED"
      })
  void outcomeFollowsTheLastBodyThatDecided(
      String supplement, String council, String forum, String direction, String expected) {
    assertThat(decide(supplement, council, forum, direction)).isEqualTo(expected);
  }
}
