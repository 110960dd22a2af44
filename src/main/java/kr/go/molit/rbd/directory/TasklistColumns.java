package kr.go.molit.rbd.directory;

import java.util.LinkedHashMap;
import java.util.Map;

/** The petition variables every Tasklist filter shows beside a task, with their Korean labels. */
public final class TasklistColumns {

  /** Variable name to column label, in column order. */
  public static final Map<String, String> COLUMNS = columns();

  private static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("petitionNumber", "건의 번호");
    columns.put("title", "건의 제목");
    columns.put("regionName", "지역");
    return java.util.Collections.unmodifiableMap(columns);
  }

  private TasklistColumns() {}
}
