package kr.go.molit.rbd.directory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables every Tasklist filter shows beside a task, with their Korean labels: a petition's
 * number, title and region, and for the forum secretariat's and the minister's office's session
 * tasks, which session they belong to. Tasklist leaves out those a task does not have.
 */
public final class TasklistColumns {

  /** Variable name to column label, in column order. */
  public static final Map<String, String> COLUMNS = columns();

  private static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("petitionNumber", "건의 번호");
    columns.put("title", "건의 제목");
    columns.put("regionName", "지역");
    columns.put("sessionTitle", "포럼 회의");
    return java.util.Collections.unmodifiableMap(columns);
  }

  private TasklistColumns() {}
}
