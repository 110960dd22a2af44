package kr.go.molit.rbd.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import kr.go.molit.rbd.petition.PetitionOutcomes.Outcome;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.Test;

class PetitionOutcomesTest {

  @Test
  void everyResultOfTheDecisionIsReadWithItsShortestLabelInTheSummarysOrder() {
    assertThat(
            PetitionOutcomes.outcomes(
                Dmn.readModelFromFile(new File("processes/petition-outcome.dmn"))))
        .containsExactly(
            new Outcome("ACCEPTED", "수용"),
            new Outcome("PARTLY_ACCEPTED", "부분수용"),
            new Outcome("LONG_TERM_REVIEW", "중장기 검토"),
            new Outcome("NOT_ACCEPTED", "불수용"),
            new Outcome("SETTLED_AT_COUNCIL", "지역협의회 차원 해결"),
            new Outcome("WITHDRAWN", "철회"));
  }
}
