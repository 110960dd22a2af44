package kr.go.molit.rbd.petition;

import java.util.Map;

/**
 * Korean labels of the answer codes the petition forms submit, for summaries, notifications and the
 * Forum.
 */
public final class Labels {

  /** Division opinions and the Planning Group's support direction share these codes. */
  public static final Map<String, String> OPINIONS =
      Map.of("accept", "수용", "partial", "부분수용", "long-term", "중장기 검토", "reject", "불수용");

  static final Map<String, String> REPLIES =
      Map.of("agree", "동의", "conditional", "조건부 동의", "disagree", "부동의");

  public static String of(Map<String, String> labels, String code) {
    return code == null ? "-" : labels.getOrDefault(code, code);
  }

  private Labels() {}
}
