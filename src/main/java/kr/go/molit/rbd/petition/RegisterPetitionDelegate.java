package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.Date;
import kr.go.molit.rbd.calendar.WorkingDays;
import kr.go.molit.rbd.directory.Regions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Registers a new petition: binds it to the region of the official who submitted it (whatever the
 * submission claimed), issues its number as the business key, and sets the decision inputs that
 * later steps fill in.
 */
@Component("registerPetitionDelegate")
class RegisterPetitionDelegate implements JavaDelegate {

  private final Regions regions;
  private final PetitionNumbers numbers;

  RegisterPetitionDelegate(Regions regions, PetitionNumbers numbers) {
    this.regions = regions;
    this.numbers = numbers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String initiator = (String) execution.getVariable(INITIATOR);
    Regions.Region region =
        regions
            .regionOf(initiator)
            .orElseThrow(
                () ->
                    new FormFieldValidationException(
                        REGION_CODE, "지역 건의는 광역지자체 소속 담당자만 제출할 수 있습니다 (제출자: " + initiator + ")."));
    Category category =
        Category.ofCode((String) execution.getVariable(CATEGORY))
            .orElseThrow(
                () ->
                    new FormFieldValidationException(
                        CATEGORY, "'건의 분야'(category): 선택할 수 있는 분야가 아닙니다."));
    Date now = ClockUtil.getCurrentTime();
    String number = numbers.next(now.toInstant().atZone(WorkingDays.KOREA).getYear());
    execution.setProcessBusinessKey(number);
    execution.setVariable(PETITION_NUMBER, number);
    execution.setVariable(REGION_CODE, region.code());
    execution.setVariable(REGION_NAME, region.name());
    execution.setVariable(REGION_GROUP, region.groupId());
    execution.setVariable(CATEGORY_LABEL, category.label());
    execution.setVariable(SUBMITTED_AT, now);
    // Inputs of the model's gateways and decisions start empty, whatever the submission carried.
    for (String decisionInput :
        new String[] {SUPPLEMENT_ACTION, COUNCIL_OUTCOME, FORUM_DECISION, SUPPORT_DIRECTION}) {
      execution.setVariable(decisionInput, null);
    }
    execution.setVariable(SEND_TO_FORUM, false);
  }
}
