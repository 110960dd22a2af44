package kr.go.molit.rbd.petition;

import java.util.ArrayList;
import java.util.List;
import kr.go.molit.rbd.petition.PetitionOutcomes.Outcome;
import kr.go.molit.rbd.petition.PetitionSummary.Numbers;

/**
 * One table of 건의 통계 as a CSV file for a spreadsheet (the Planning Group's reports): a line per
 * region or per category, then the totals, in the page's columns; written as {@link PetitionCsv}
 * writes 건의 현황.
 */
final class PetitionSummaryCsv {

  /** Which of the page's tables. */
  enum Table {
    REGION("region", "지역"),
    CATEGORY("category", "분야");

    private final String code;
    private final String label;

    Table(String code, String label) {
      this.code = code;
      this.label = label;
    }

    String code() {
      return code;
    }

    String label() {
      return label;
    }

    /**
     * The table a {@code by} parameter names; blank: by region.
     *
     * @throws PetitionFilter.Invalid naming {@code by}
     */
    static Table named(String by) {
      if (by == null || by.isBlank()) {
        return REGION;
      }
      for (Table table : values()) {
        if (table.code.equals(by.strip())) {
          return table;
        }
      }
      throw new PetitionFilter.Invalid("by", "by: 표는 region(지역별) 또는 category(분야별)입니다.");
    }
  }

  private PetitionSummaryCsv() {}

  static String write(PetitionSummary.Summary summary, Table table) {
    List<String> header = new ArrayList<>(List.of(table.label(), "전체", "진행 중", "기한 경과"));
    summary.outcomes().forEach(o -> header.add(o.label()));
    header.add("결과 없이 종결");
    StringBuilder csv = new StringBuilder(PetitionCsv.BOM);
    line(csv, header);
    if (table == Table.REGION) {
      summary.regions().forEach(line -> line(csv, line.regionName(), line, summary.outcomes()));
    } else {
      summary
          .categories()
          .forEach(line -> line(csv, line.categoryLabel(), line, summary.outcomes()));
    }
    line(csv, summary.total().regionName(), summary.total(), summary.outcomes());
    return csv.toString();
  }

  private static void line(StringBuilder csv, String name, Numbers numbers, List<Outcome> columns) {
    List<String> fields = new ArrayList<>();
    fields.add(name);
    fields.add(String.valueOf(numbers.total()));
    fields.add(String.valueOf(numbers.open()));
    fields.add(String.valueOf(numbers.overdue()));
    columns.forEach(o -> fields.add(String.valueOf(numbers.closed().getOrDefault(o.code(), 0))));
    fields.add(String.valueOf(numbers.cancelled()));
    line(csv, fields);
  }

  private static void line(StringBuilder csv, List<String> fields) {
    csv.append(String.join(",", fields.stream().map(PetitionCsv::field).toList())).append("\r\n");
  }
}
