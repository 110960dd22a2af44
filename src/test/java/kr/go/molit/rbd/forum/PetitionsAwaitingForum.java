package kr.go.molit.rbd.forum;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kr.go.molit.rbd.Officials;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Brings petitions to the Forum through the real petition process, the shortest way: category 기타
 * (one division review), no advice, no consultation, sent to the Forum.
 */
final class PetitionsAwaitingForum {

  static final List<String> REGION_OFFICIALS =
      List.of(
          "busan.official",
          "daegu.official",
          "gwangju.official",
          "daejeon.official",
          "ulsan.official",
          "sejong.official",
          "gangwon.official",
          "chungbuk.official",
          "chungnam.official",
          "jeonbuk.official",
          "jeonnam.official",
          "gyeongbuk.official",
          "gyeongnam.official",
          "jeju.official");

  private final Officials officials;
  private final Consumer<ProcessInstance> afterAsyncStep;

  /**
   * afterAsyncStep lets the division review's asynchronous continuation run (test or job executor).
   */
  PetitionsAwaitingForum(Officials officials, Consumer<ProcessInstance> afterAsyncStep) {
    this.officials = officials;
    this.afterAsyncStep = afterAsyncStep;
  }

  ProcessInstance petition(int n, String title) {
    Map<String, Object> form = Officials.petition("other");
    form.put("title", title);
    ProcessInstance petition =
        officials.forwardedToDivisions(REGION_OFFICIALS.get(n % REGION_OFFICIALS.size()), form);
    officials.reviewAsDivision("land-policy.officer", petition, List.of(), List.of());
    afterAsyncStep.accept(petition);
    officials.complete(
        "tf.coordinator",
        petition,
        "consolidate-direction",
        "supportDirection",
        "partial",
        "directionText",
        "단계적 지원 (" + n + ")",
        "sendToForum",
        true);
    officials.complete(
        "urban.director", petition, "approve-direction", "approvalDecision", "approve");
    return petition;
  }
}
