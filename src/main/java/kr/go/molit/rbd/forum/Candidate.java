package kr.go.molit.rbd.forum;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A petition waiting for a Forum decision, as the Forum sees it: number, region, title, category
 * and the Planning Group's direction. Stored in the session as a plain map (JSON).
 */
record Candidate(
    String petitionNumber,
    String regionName,
    String title,
    String categoryLabel,
    String directionText,
    String supportDirection) {

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("petitionNumber", petitionNumber);
    map.put("regionName", regionName);
    map.put("title", title);
    map.put("categoryLabel", categoryLabel);
    map.put("directionText", directionText);
    map.put("supportDirectionLabel", ForumLabels.supportDirection(supportDirection));
    return map;
  }

  /** The checklist label: everything an official needs to tell candidates apart. */
  static String label(Map<String, Object> candidate) {
    return candidate.get("petitionNumber")
        + " · "
        + candidate.get("regionName")
        + " · "
        + candidate.get("title")
        + " ("
        + candidate.get("categoryLabel")
        + ")";
  }
}
