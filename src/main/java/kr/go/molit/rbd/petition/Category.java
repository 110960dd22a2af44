package kr.go.molit.rbd.petition;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Petition categories: the three pillars of the ministry's 2023 balanced development plan and their
 * subjects, and 기타. The start form offers the same codes (a test keeps them in step).
 */
public enum Category {
  GB_REGULATION("gb-regulation", "규제완화·성장 인프라", "GB 규제 개선"),
  URBAN_PLANNING("urban-planning", "규제완화·성장 인프라", "도시계획체계 개편"),
  URBAN_CONVERGENCE("urban-convergence", "지역주도 혁신성장 공간", "도심융합특구"),
  INDUSTRIAL_COMPLEX("industrial-complex", "지역주도 혁신성장 공간", "국가산업단지"),
  INNOVATION_CITIES("innovation-cities", "지역주도 혁신성장 공간", "혁신도시·행복도시·새만금 고도화"),
  PUBLIC_RELOCATION("public-relocation", "지역주도 혁신성장 공간", "공공기관 2차 이전"),
  JOB_HUBS("job-hubs", "지역주도 혁신성장 공간", "일자리·지역정착 거점"),
  RAILWAY("railway", "지역 교통망", "철도"),
  ROAD("road", "지역 교통망", "도로"),
  AIRPORT("airport", "지역 교통망", "지역 신공항"),
  OTHER("other", "기타", "기타");

  private final String code;
  private final String pillar;
  private final String subject;

  Category(String code, String pillar, String subject) {
    this.code = code;
    this.pillar = pillar;
    this.subject = subject;
  }

  public String code() {
    return code;
  }

  /** The subject alone, e.g. "철도". */
  public String subject() {
    return subject;
  }

  /** The label the start form shows, e.g. "지역 교통망 - 철도". */
  public String label() {
    return this == OTHER ? subject : pillar + " - " + subject;
  }

  /** Every category's code, in the order the start form offers them. */
  public static List<String> codes() {
    return Arrays.stream(values()).map(Category::code).toList();
  }

  public static Optional<Category> ofCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
