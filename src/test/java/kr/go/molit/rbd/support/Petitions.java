package kr.go.molit.rbd.support;

import java.util.HashMap;
import java.util.Map;

/** Petition form contents as a region official fills them in. */
public final class Petitions {

  private Petitions() {}

  public static Map<String, Object> form(String title, String category) {
    Map<String, Object> form = new HashMap<>();
    form.put("title", title);
    form.put("category", category);
    form.put("description", "현황과 문제점: 지역 간 격차 해소를 위한 지원이 필요합니다.");
    form.put("requestedSupport", "제도 개선과 국비 지원");
    form.put("expectedEffect", "지역 성장 기반 확충");
    form.put("relatedProjects", "총사업비 500억 원");
    form.put("contact", "균형발전과 주무관 000-0000-0000");
    return form;
  }
}
