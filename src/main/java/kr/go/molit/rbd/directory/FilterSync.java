package kr.go.molit.rbd.directory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.directory.Directory.FilterSpec;
import kr.go.molit.rbd.directory.Directory.OrgGroup;
import kr.go.molit.rbd.directory.Directory.Region;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Creates the Tasklist filters the directory names and lets each group read its own. Filter queries
 * are static (the engine refuses expressions in stored queries, by our choice), so a per-group
 * filter names its group and is granted to that group only.
 */
final class FilterSync {

  /** Property that marks our filters, so a restart updates them instead of adding copies. */
  static final String KEY_PROPERTY = "rbdKey";

  /** The petition variables Tasklist shows beside each task, with Korean labels. */
  static final List<Map<String, String>> SHOWN_VARIABLES =
      TasklistColumns.COLUMNS.entrySet().stream()
          .map(c -> Map.of("name", c.getKey(), "label", c.getValue()))
          .toList();

  private final FilterService filters;
  private final TaskService tasks;
  private final Grants grants;

  FilterSync(FilterService filters, TaskService tasks, Grants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = grants;
  }

  void apply(Directory directory) {
    Map<String, Filter> existing = new HashMap<>();
    for (Filter filter : filters.createTaskFilterQuery().list()) {
      Object key = filter.getProperties() == null ? null : filter.getProperties().get(KEY_PROPERTY);
      if (key != null) {
        existing.put(key.toString(), filter);
      }
    }
    for (FilterSpec spec : directory.filters()) {
      switch (spec.scope()) {
        case "per-group" ->
            directory
                .groupsOfKinds(spec.kinds())
                .forEach(g -> save(existing, spec, g.id(), byGroup(g), g.id()));
        case "per-region" ->
            directory
                .regions()
                .forEach(r -> save(existing, spec, r.groupId(), byRegion(r), r.groupId()));
        default -> save(existing, spec, "everyone", byDueDate(), null);
      }
    }
  }

  private TaskQuery byGroup(OrgGroup group) {
    return tasks
        .createTaskQuery()
        .taskCandidateGroup(group.id())
        .includeAssignedTasks()
        .orderByTaskCreateTime()
        .desc();
  }

  private TaskQuery byRegion(Region region) {
    return tasks
        .createTaskQuery()
        .processVariableValueEquals("regionCode", region.code())
        .orderByTaskCreateTime()
        .desc();
  }

  private TaskQuery byDueDate() {
    return tasks.createTaskQuery().orderByDueDate().asc().orderByTaskCreateTime().desc();
  }

  private void save(
      Map<String, Filter> existing,
      FilterSpec spec,
      String audience,
      TaskQuery query,
      String readerGroup) {
    String key = spec.name() + "@" + audience;
    Filter filter = existing.get(key);
    if (filter == null) {
      filter = filters.newTaskFilter(spec.name());
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(KEY_PROPERTY, key);
    properties.put("description", spec.description());
    properties.put("priority", spec.priority());
    properties.put("refresh", true);
    properties.put("variables", SHOWN_VARIABLES);
    filter.setName(spec.name());
    filter.setProperties(properties);
    filter.setQuery(query);
    filters.saveFilter(filter);
    grants.ensure(readerGroup, Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
