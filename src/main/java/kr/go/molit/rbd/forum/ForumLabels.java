package kr.go.molit.rbd.forum;

import java.util.Map;

/** Korean labels of the codes the forum forms show and the minutes print. */
final class ForumLabels {

  static final Map<String, String> DECISIONS = Map.of(
      "adopted", "채택", "conditional", "조건부 채택", ForumVariables.DEFERRED, "보류", "rejected", "불채택");

  /** The Planning Group's direction codes (form consolidate-direction of regional-petition). */
  static final Map<String, String> SUPPORT_DIRECTIONS = Map.of(
      "accept", "수용", "partial", "부분수용", "long-term", "중장기 검토", "reject", "불수용");

  static String decision(String code) {
    return code == null ? "-" : DECISIONS.getOrDefault(code, code);
  }

  static String supportDirection(String code) {
    return code == null ? "-" : SUPPORT_DIRECTIONS.getOrDefault(code, code);
  }

  private ForumLabels() {}
}
