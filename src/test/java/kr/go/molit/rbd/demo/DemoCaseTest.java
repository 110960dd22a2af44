package kr.go.molit.rbd.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class DemoCaseTest {

  @Test
  void theDemoFileReadsAsPetitionsThenSessions() throws IOException {
    List<DemoCase> cases =
        DemoCase.parse(
            new ClassPathResource("demo/petitions.yaml")
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(cases).hasSize(17);
    assertThat(cases.subList(0, 14)).allMatch(c -> c.processKey().equals("regional-petition"));
    DemoCase session = cases.get(14);
    assertThat(session.processKey()).isEqualTo("forum-session");
    assertThat(session.form()).containsEntry("sessionDate", "2026-11-20");
    assertThat(session.steps().get(0).submit().get("includedPetitions"))
        .isEqualTo(List.of("@ulsan-industrial-park", "@daejeon-tram"));
    assertThat(session.steps().get(3).petition()).isEqualTo("@ulsan-industrial-park");
    DemoCase next = cases.get(15);
    assertThat(next.processKey()).isEqualTo("forum-session");
    assertThat(next.steps()).extracting(DemoCase.Step::task).containsExactly("curate-agenda");
    DemoCase afterThat = cases.get(16);
    assertThat(afterThat.processKey()).isEqualTo("forum-session");
    assertThat(afterThat.steps()).isEmpty();
  }

  @Test
  void aPetitionCarriesItsDocumentsAndADocumentWithoutItsTextIsNamedByPosition() {
    DemoCase petition =
        DemoCase.parse(
                """
        petitions:
          - by: busan.official
            form: { title: t }
            documents:
              - { by: busan.official, name: 개요.txt, description: 개요, text: 내용 }
              - { by: busan.official, name: 메모.txt, text: 메모 }
        """)
            .get(0);
    assertThat(petition.documents())
        .containsExactly(
            new DemoCase.Document("busan.official", "개요.txt", "개요", "내용"),
            new DemoCase.Document("busan.official", "메모.txt", null, "메모"));
    assertThatThrownBy(
            () ->
                DemoCase.parse(
                    """
        petitions:
          - by: busan.official
            form: { title: t }
            documents:
              - { by: busan.official, name: 개요.txt }
        """))
        .hasMessage("petition 1 document 1: 'text' is missing");
  }

  @Test
  void aReferenceToAPetitionNotGivenBeforeIsRefused() {
    assertThatThrownBy(
            () ->
                DemoCase.parse(
                    """
        petitions:
          - { by: busan.official, form: { title: t } }
        sessions:
          - by: forum.secretary
            form: { sessionTitle: s }
            steps:
              - { task: curate-agenda, by: forum.secretary, submit: { includedPetitions: ['@busan'] } }
        """))
        .hasMessage("session 1 step 1: '@busan' names no petition given before it");
  }

  @Test
  void anUnquotedDateIsRefusedBecauseTheFormSubmitsText() {
    assertThatThrownBy(
            () ->
                DemoCase.parse(
                    """
        petitions: []
        sessions:
          - { by: forum.secretary, form: { sessionDate: 2026-11-20 } }
        """))
        .hasMessageContaining("session 1 form: write dates in quotes");
  }

  @Test
  void aStepWithoutItsOfficialIsNamedByPosition() {
    assertThatThrownBy(
            () ->
                DemoCase.parse(
                    """
        petitions:
          - by: busan.official
            form: { title: t }
            steps:
              - { task: completeness-check }
        """))
        .hasMessage("petition 1 step 1: 'by' is missing");
  }

  @Test
  void aRefUsedTwiceIsRefused() {
    assertThatThrownBy(
            () ->
                DemoCase.parse(
                    """
        petitions:
          - { ref: a, by: busan.official, form: { title: t } }
          - { ref: a, by: daegu.official, form: { title: u } }
        """))
        .hasMessage("petition 2: ref 'a' is used twice");
  }
}
