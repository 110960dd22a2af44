package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The forms of regional-petition agree with the code that reads what they submit. */
class PetitionFormsTest {

  static JsonNode form(String id) throws IOException {
    return new ObjectMapper().readTree(new File("forms/" + id + ".form"));
  }

  static JsonNode component(JsonNode form, String key) {
    for (JsonNode c : form.path("components")) {
      if (key.equals(c.path("key").asText())) {
        return c;
      }
    }
    throw new AssertionError("no field " + key);
  }

  @Test
  void startFormOffersExactlyTheCategories() throws IOException {
    List<String> offered = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    component(form("petition-submission"), PetitionVariables.CATEGORY)
        .path("values")
        .forEach(
            v -> {
              offered.add(v.path("value").asText());
              labels.add(v.path("label").asText());
            });
    assertThat(offered).containsExactlyElementsOf(Category.codes());
    assertThat(labels)
        .containsExactlyElementsOf(Arrays.stream(Category.values()).map(Category::label).toList());
  }

  @Test
  void contributionFieldsAreFieldsOfTheirForms() throws IOException {
    assertThat(keys(form("division-review"))).containsAll(Contributions.DIVISION_REVIEW.fields());
    assertThat(keys(form("advisory-opinion"))).containsAll(Contributions.ADVISORY_OPINION.fields());
    assertThat(keys(form("ministry-consultation")))
        .containsAll(Contributions.CONSULTATION_REPLY.fields());
  }

  @Test
  void everyFormIsKoreanAndBoundsItsTexts() throws IOException {
    for (File file : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
      JsonNode form = new ObjectMapper().readTree(file);
      for (JsonNode c : form.path("components")) {
        if (c.has("key")) {
          assertThat(c.path("label").asText()).as(file + " " + c.path("key")).matches(".*[가-힣].*");
        }
        if (c.path("type").asText().matches("textfield|textarea")
            && !c.path("disabled").asBoolean()) {
          assertThat(c.path("validate").path("maxLength").asInt())
              .as(file + " " + c.path("key"))
              .isPositive();
        }
      }
    }
  }

  /**
   * What a form only shows (a disabled field) is hidden while it has no value, and so is a
   * section's heading over such fields only: a petition settled by the council, one without
   * consultation or without related projects shows no empty boxes under headings that do not apply.
   */
  @Test
  void displayedFieldsAndTheirHeadingsHideWhileEmpty() throws IOException {
    for (File file : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
      List<JsonNode> components = new ArrayList<>();
      new ObjectMapper().readTree(file).path("components").forEach(components::add);
      for (int i = 0; i < components.size(); i++) {
        JsonNode c = components.get(i);
        if (c.path("disabled").asBoolean() && c.has("key")) {
          String key = c.path("key").asText();
          assertThat(c.path("conditional").path("hide").asText())
              .as(file + " " + key)
              .isEqualTo("=" + key + " = null or " + key + " = \"\"");
        }
        if (c.path("type").asText().equals("text")
            && c.path("text").asText().matches("#### [^\n{}]+")) {
          List<String> shown = new ArrayList<>();
          for (int j = i + 1;
              j < components.size() && components.get(j).path("disabled").asBoolean();
              j++) {
            shown.add(components.get(j).path("key").asText());
          }
          boolean onlyShown =
              i + 1 + shown.size() == components.size()
                  || !components.get(i + 1 + shown.size()).has("key");
          if (!shown.isEmpty() && onlyShown) {
            String hide = c.path("conditional").path("hide").asText();
            assertThat(hide).as(file + " " + c.path("text").asText()).startsWith("=");
            shown.forEach(
                key ->
                    assertThat(hide)
                        .as(file + " " + c.path("text").asText())
                        .contains("(" + key + " = null or " + key + " = \"\")"));
          }
        }
      }
    }
  }

  /**
   * Variables a text (Markdown) component may print: set by the system, never written by users.
   * User text rendered as Markdown would become HTML in the next official's Tasklist; it is shown
   * in disabled fields instead (or escaped, as the forum's agenda lists are).
   */
  static final java.util.Set<String> SYSTEM_TEXT =
      java.util.Set.of(
          "petitionNumber",
          "regionName",
          "categoryLabel",
          "outcomeLabel",
          "supportDirectionLabel",
          "candidateCount",
          "agendaCandidatesText",
          "agendaText",
          "agendaPosition");

  @Test
  void markdownPrintsNoUserWrittenText() throws IOException {
    java.util.regex.Pattern printed =
        java.util.regex.Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");
    for (File file : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
      for (JsonNode c : new ObjectMapper().readTree(file).path("components")) {
        java.util.regex.Matcher m = printed.matcher(c.path("text").asText());
        while (m.find()) {
          assertThat(SYSTEM_TEXT).as(file + " prints {{" + m.group(1) + "}}").contains(m.group(1));
        }
      }
    }
  }

  /**
   * Every task about one petition links its form to the petition's record in 건의 현황, in a new window
   * so Tasklist and the form stay open: the official reads what came before (the council's opinion,
   * each division's review, the ministries' replies) while deciding.
   */
  @Test
  void everyTaskAboutOnePetitionLinksToItsRecord() throws IOException {
    List<String> forms = new ArrayList<>();
    Bpmn.readModelFromFile(new File("processes/regional-petition.bpmn"))
        .getModelElementsByType(UserTask.class)
        .forEach(task -> forms.add(task.getCamundaFormRef()));
    forms.add("record-forum-decision");
    assertThat(forms).hasSize(11);
    for (String id : forms) {
      List<String> texts = new ArrayList<>();
      form(id).path("components").forEach(c -> texts.add(c.path("text").asText()));
      assertThat(texts)
          .as(id)
          .anyMatch(
              text ->
                  text.contains(
                      "<a href=\""
                          + PetitionLinks.PATH
                          + "/{{petitionNumber}}\" target=\"_blank\" rel=\"noopener\">"
                          + "건의 경과·첨부 문서 보기 (새 창)</a>"));
    }
  }

  static List<String> keys(JsonNode form) {
    List<String> keys = new ArrayList<>();
    form.path("components").forEach(c -> keys.add(c.path("key").asText()));
    return keys;
  }
}
