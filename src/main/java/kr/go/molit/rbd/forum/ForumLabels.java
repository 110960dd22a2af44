package kr.go.molit.rbd.forum;

import java.util.Map;
import kr.go.molit.rbd.petition.Labels;

/** Korean labels of the codes the forum forms show and the minutes print. */
final class ForumLabels {

  static final Map<String, String> DECISIONS = Map.of(
      "adopted", "채택", "conditional", "조건부 채택", ForumVariables.DEFERRED, "보류", "rejected", "불채택");

  static String decision(String code) {
    return code == null ? "-" : DECISIONS.getOrDefault(code, code);
  }

  static String supportDirection(String code) {
    return Labels.of(Labels.OPINIONS, code);
  }

  private ForumLabels() {}
}
