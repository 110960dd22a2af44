package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.go.molit.rbd.directory.Organisations;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Where a petition stands, as the caller may see it: read from the engine's history under the
 * caller's authorizations, so another region's petition is simply not found and never listed.
 */
@Service
public class PetitionStatus {

  /**
   * A petition's state for API clients. After a Forum decision: the session's title and the Forum's
   * direction, which the region reads as its acknowledgement task shows them, and the link to the
   * session's record, which only those who may read the session (Forum staff and members) can
   * follow. {@code dueDates}: the due date of each open step that has one (the earliest, where
   * parallel steps share a name), so a region knows by when it must supplement its petition. {@code
   * openSteps}: each open task with the body it is offered to and its due date (each division of a
   * parallel review on its own).
   */
  public record View(
      String number,
      String regionCode,
      String regionName,
      String title,
      String category,
      String categoryLabel,
      String state,
      List<String> currentSteps,
      Map<String, Date> dueDates,
      String outcome,
      String outcomeLabel,
      Date submittedAt,
      Date decidedAt,
      String forumSessionTitle,
      String forumDirection,
      String forumSessionLink,
      List<OpenStep> openSteps) {

    /** True while the petition is still being handled (not ended, not cancelled). */
    public boolean open() {
      return "ACTIVE".equals(state) || "SUSPENDED".equals(state);
    }

    /** The nearest due date of the open steps, or null when none has one. */
    public Date nearestDue() {
      return dueDates.values().stream().min(Date::compareTo).orElse(null);
    }

    /**
     * The open steps, each with the bodies it is offered to ("소관 부서 검토: 철도정책과, 철도건설과"), or the step
     * an open petition without a task waits in.
     */
    public String stepsText() {
      if (openSteps.isEmpty()) {
        return String.join(", ", currentSteps);
      }
      Map<String, List<String>> bodies = new LinkedHashMap<>();
      for (OpenStep step : openSteps) {
        List<String> of = bodies.computeIfAbsent(step.name(), name -> new ArrayList<>());
        if (step.organisation() != null && !of.contains(step.organisation())) {
          of.add(step.organisation());
        }
      }
      return bodies.entrySet().stream()
          .map(
              s ->
                  s.getValue().isEmpty()
                      ? s.getKey()
                      : s.getKey() + ": " + String.join(", ", s.getValue()))
          .collect(Collectors.joining(" · "));
    }
  }

  /** An open task of a petition: its step's name, the body it is offered to, its due date. */
  public record OpenStep(String name, String organisation, Date dueDate) {}

  static final List<String> SHOWN =
      List.of(
          REGION_CODE,
          REGION_NAME,
          TITLE,
          CATEGORY,
          CATEGORY_LABEL,
          PETITION_OUTCOME,
          OUTCOME_LABEL,
          SUBMITTED_AT,
          DECIDED_AT,
          FORUM_SESSION_TITLE,
          FORUM_DIRECTION,
          FORUM_SESSION_LINK);

  /** Open steps shown; parallel reviews open one step per division. */
  static final int MAX_STEPS = 200;

  /**
   * The most rows one read returns: the engine's {@code query-max-results-limit}. A list whose
   * petitions have more open tasks than this reads the steps of those left out one by one.
   */
  static final int MOST_ROWS = 2_000;

  /** The most petitions one list returns. */
  public static final int MAX_LIST = 100;

  private final HistoryService history;
  private final RepositoryService repository;
  private final Organisations organisations;
  private final String numberPrefix;

  PetitionStatus(
      HistoryService history,
      RepositoryService repository,
      Organisations organisations,
      PetitionProperties properties) {
    this.history = history;
    this.repository = repository;
    this.organisations = organisations;
    this.numberPrefix = properties.numberPrefix();
  }

  public Optional<View> find(String number) {
    return instance(number).map(i -> views(List.of(i)).get(0));
  }

  /**
   * The petitions the caller may see that the filter selects, newest first: at most {@code
   * filter.max()} of them from {@code filter.first()} on.
   */
  public List<View> list(PetitionFilter filter) {
    return query(filter)
        .map(query -> views(query.listPage(filter.first(), filter.max())))
        .orElse(List.of());
  }

  /**
   * Every petition the caller may see that the filter selects, newest first, up to {@code most}:
   * read a {@link #MOST_ROWS} at a time, their views a {@link #MAX_LIST} at a time.
   */
  public List<View> all(PetitionFilter filter, int most) {
    List<View> all = new ArrayList<>();
    Optional<HistoricProcessInstanceQuery> selected = query(filter);
    if (selected.isEmpty()) {
      return all;
    }
    HistoricProcessInstanceQuery query = selected.get();
    for (int first = 0; first < most; first += MOST_ROWS) {
      int size = Math.min(MOST_ROWS, most - first);
      List<HistoricProcessInstance> instances = query.listPage(first, size);
      for (int i = 0; i < instances.size(); i += MAX_LIST) {
        all.addAll(views(instances.subList(i, Math.min(instances.size(), i + MAX_LIST))));
      }
      if (instances.size() < size) {
        break;
      }
    }
    return all;
  }

  /** The query of the petitions the filter selects; none when no petition can match. */
  private Optional<HistoricProcessInstanceQuery> query(PetitionFilter filter) {
    HistoricProcessInstanceQuery query =
        history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY);
    if (filter.region() != null) {
      query.variableValueEquals(REGION_CODE, filter.region());
    }
    String every = PetitionNumbers.start(numberPrefix, null);
    String numbers = PetitionNumbers.start(numberPrefix, filter.year());
    String search = filter.search();
    String number = search == null ? "" : search.toUpperCase(Locale.ROOT);
    if (number.startsWith(every)) {
      // the start of a petition number, within the year's numbers
      if (number.startsWith(numbers)) {
        numbers = number;
      } else if (!numbers.startsWith(number)) {
        return Optional.empty();
      }
    } else if (search != null) {
      query.variableValueLike(TITLE, "%" + likeText(search) + "%").matchVariableValuesIgnoreCase();
    }
    if (!numbers.equals(every)) {
      query.processInstanceBusinessKeyLike(likeText(numbers) + "%");
    }
    if (filter.outcome() != null) {
      query.variableValueEquals(PETITION_OUTCOME, filter.outcome());
    }
    if (filter.category() != null) {
      query.variableValueEquals(CATEGORY, filter.category());
    }
    if (filter.state() == PetitionFilter.State.CLOSED) {
      query.finished();
    } else if (filter.state() != null) {
      query.unfinished();
    }
    if (filter.state() == PetitionFilter.State.OVERDUE) {
      Set<String> overdue = overdue();
      if (overdue.isEmpty()) {
        return Optional.empty();
      }
      query.processInstanceIds(overdue);
    }
    return Optional.of(
        query.orderByProcessInstanceStartTime().desc().orderByProcessInstanceBusinessKey().desc());
  }

  /** A text a LIKE pattern matches as it is: the engine's escape character before {@code \ % _}. */
  static String likeText(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * The petitions with an open step past its due date: of the {@link #MOST_ROWS} steps longest
   * overdue, more than a programme of this size ever has.
   */
  Set<String> overdue() {
    return history
        .createHistoricTaskInstanceQuery()
        .processDefinitionKey(PROCESS_KEY)
        .unfinished()
        .taskDueBefore(ClockUtil.getCurrentTime())
        .orderByTaskDueDate()
        .asc()
        .listPage(0, MOST_ROWS)
        .stream()
        .map(HistoricTaskInstance::getProcessInstanceId)
        .collect(Collectors.toSet());
  }

  Optional<HistoricProcessInstance> instance(String number) {
    return Optional.ofNullable(
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY)
            .processInstanceBusinessKey(number)
            .singleResult());
  }

  /**
   * The views of these petitions, in their order, from one read of their variables and one of their
   * open tasks; only a petition that is open without an open task (waiting for the Forum, or
   * between steps) has its waiting steps read on their own.
   */
  List<View> views(List<HistoricProcessInstance> instances) {
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> variables =
        variables(instances.stream().map(HistoricProcessInstance::getId).toList(), SHOWN);
    Map<String, List<HistoricTaskInstance>> openTasks =
        history
            .createHistoricTaskInstanceQuery()
            .processInstanceBusinessKeyIn(
                instances.stream()
                    .map(HistoricProcessInstance::getBusinessKey)
                    .toArray(String[]::new))
            .processDefinitionKey(PROCESS_KEY)
            .unfinished()
            .orderByTaskDueDate()
            .asc()
            .listPage(0, Math.min(MOST_ROWS, MAX_STEPS * instances.size()))
            .stream()
            .collect(Collectors.groupingBy(HistoricTaskInstance::getProcessInstanceId));
    StepBodies bodies =
        StepBodies.of(
            openTasks.values().stream().flatMap(List::stream).toList(),
            repository,
            history,
            organisations);
    List<View> views = new ArrayList<>(instances.size());
    for (HistoricProcessInstance instance : instances) {
      Map<String, Object> v = variables.getOrDefault(instance.getId(), Map.of());
      List<HistoricTaskInstance> tasks = openTasks.getOrDefault(instance.getId(), List.of());
      List<String> steps;
      Map<String, Date> dueDates = new LinkedHashMap<>();
      List<OpenStep> openSteps =
          tasks.stream()
              .sorted(Comparator.comparing(HistoricTaskInstance::getStartTime))
              .map(task -> new OpenStep(task.getName(), bodies.of(task), task.getDueDate()))
              .toList();
      if (!tasks.isEmpty()) {
        steps = openSteps.stream().map(OpenStep::name).distinct().toList();
        for (HistoricTaskInstance task : tasks) {
          if (task.getDueDate() != null) {
            dueDates.putIfAbsent(task.getName(), task.getDueDate());
          }
        }
      } else {
        steps = instance.getEndTime() == null ? waitingSteps(instance.getId()) : List.of();
      }
      views.add(
          new View(
              instance.getBusinessKey(),
              (String) v.get(REGION_CODE),
              (String) v.get(REGION_NAME),
              (String) v.get(TITLE),
              (String) v.get(CATEGORY),
              (String) v.get(CATEGORY_LABEL),
              instance.getState(),
              steps,
              dueDates,
              (String) v.get(PETITION_OUTCOME),
              (String) v.get(OUTCOME_LABEL),
              (Date) v.get(SUBMITTED_AT),
              (Date) v.get(DECIDED_AT),
              (String) v.get(FORUM_SESSION_TITLE),
              (String) v.get(FORUM_DIRECTION),
              (String) v.get(FORUM_SESSION_LINK),
              openSteps));
    }
    return views;
  }

  /** The steps an open petition without an open task waits in: a message, a timer, a job. */
  private List<String> waitingSteps(String instanceId) {
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(instanceId)
        .unfinished()
        .listPage(0, MAX_STEPS)
        .stream()
        .filter(a -> a.getActivityType().endsWith("Task") || a.getActivityType().contains("Catch"))
        .map(a -> a.getActivityName())
        .distinct()
        .toList();
  }

  /** The named variables of these instances, by instance id. */
  Map<String, Map<String, Object>> variables(List<String> instanceIds, List<String> names) {
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    for (HistoricVariableInstance variable :
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceIdIn(instanceIds.toArray(String[]::new))
            .variableNameIn(names.toArray(String[]::new))
            .disableCustomObjectDeserialization()
            .listPage(0, Math.min(MOST_ROWS, 2 * names.size() * instanceIds.size()))) {
      // The petition's own variables: the history keeps no task's copy of them.
      byInstance
          .computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>())
          .put(variable.getName(), variable.getValue());
    }
    return byInstance;
  }
}
