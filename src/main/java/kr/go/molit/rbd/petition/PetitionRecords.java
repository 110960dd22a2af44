package kr.go.molit.rbd.petition;

import static kr.go.molit.rbd.petition.PetitionVariables.*;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.go.molit.rbd.directory.Organisations;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;

/**
 * A petition's record, as 건의 현황 opens it: where it stands ({@link PetitionStatus}), what the region
 * asked for, what was decided once it was, and every step so far with the body that took it and the
 * official on it. Read from the engine's history under the caller's authorizations.
 */
@Service
public class PetitionRecords {

  /**
   * One step of a petition, as its record page lists them: a task, finished or not, the body it was
   * offered to ({@link StepBodies}), and the official who finished it or, while it is open, has
   * claimed it.
   */
  public record Step(
      String name,
      String organisation,
      Date startedAt,
      Date endedAt,
      Date dueDate,
      String official) {}

  /**
   * A petition's record: its state, what the region asked for, what was decided (once it was),
   * every step so far, oldest first, and the documents attached to it ({@code attachedBy} the name
   * of the official); with its process instance, for what the caller asks of it next.
   */
  public record Record(
      PetitionStatus.View view,
      Map<String, String> request,
      Map<String, String> decision,
      List<Step> steps,
      List<PetitionDocuments.Document> documents,
      String processInstanceId) {}

  /** What the region asked for, in the start form's order, with the form's labels. */
  static final Map<String, String> REQUEST =
      labels(
          DESCRIPTION, "건의 내용",
          REQUESTED_SUPPORT, "요청 사항",
          EXPECTED_EFFECT, "기대 효과",
          RELATED_PROJECTS, "관련 사업·예산",
          CONTACT, "담당자 연락처");

  /** What was decided, shown once the petition is decided; the texts the region's result shows. */
  static final Map<String, String> DECISION =
      labels(
          COUNCIL_OPINION,
          "지역협의회 의견",
          DIRECTION_TEXT,
          "지원 방향 (균형발전기획단)",
          FORUM_DIRECTION,
          "포럼 결정 (지역균형발전포럼)");

  private final PetitionStatus status;
  private final HistoryService history;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final Organisations organisations;
  private final PetitionDocuments documents;

  PetitionRecords(
      PetitionStatus status,
      HistoryService history,
      RepositoryService repository,
      IdentityService identity,
      Organisations organisations,
      PetitionDocuments documents) {
    this.status = status;
    this.history = history;
    this.repository = repository;
    this.identity = identity;
    this.organisations = organisations;
    this.documents = documents;
  }

  /** A petition's whole record, as its page shows it, if the caller may see the petition. */
  public Optional<Record> record(String number) {
    Optional<HistoricProcessInstance> found = status.instance(number);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = found.get();
    PetitionStatus.View view = status.views(List.of(instance)).get(0);
    Map<String, Object> texts =
        status
            .variables(
                List.of(instance.getId()),
                Stream.concat(REQUEST.keySet().stream(), DECISION.keySet().stream()).toList())
            .getOrDefault(instance.getId(), Map.of());
    List<HistoricTaskInstance> tasks =
        history
            .createHistoricTaskInstanceQuery()
            .processInstanceId(instance.getId())
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .listPage(0, PetitionStatus.MAX_STEPS);
    List<PetitionDocuments.Document> attached = documents.of(instance.getId());
    Map<String, String> names =
        userNames(
            Stream.concat(
                tasks.stream().map(HistoricTaskInstance::getAssignee),
                attached.stream().map(PetitionDocuments.Document::attachedBy)));
    StepBodies bodies = StepBodies.of(tasks, repository, history, organisations);
    List<Step> steps =
        tasks.stream()
            .map(
                t ->
                    new Step(
                        t.getName(),
                        bodies.of(t),
                        t.getStartTime(),
                        t.getEndTime(),
                        t.getDueDate(),
                        t.getAssignee() == null
                            ? null
                            : names.getOrDefault(t.getAssignee(), t.getAssignee())))
            .toList();
    return Optional.of(
        new Record(
            view,
            texts(REQUEST, texts),
            view.decidedAt() == null ? Map.of() : texts(DECISION, texts),
            steps,
            attached.stream()
                .map(
                    d ->
                        new PetitionDocuments.Document(
                            d.id(),
                            d.name(),
                            d.description(),
                            d.type(),
                            d.size(),
                            d.attachedBy() == null
                                ? null
                                : names.getOrDefault(d.attachedBy(), d.attachedBy()),
                            d.attachedAt()))
                .toList(),
            instance.getId()));
  }

  /** The display names of these officials (the assignees of steps, the authors of documents). */
  private Map<String, String> userNames(Stream<String> users) {
    String[] ids = users.filter(java.util.Objects::nonNull).distinct().toArray(String[]::new);
    if (ids.length == 0) {
      return Map.of();
    }
    return identity.createUserQuery().userIdIn(ids).listPage(0, ids.length).stream()
        .collect(Collectors.toMap(User::getId, PetitionRecords::displayName));
  }

  /** An official as pages name them: their name and title, or their id without one. */
  static String displayName(User user) {
    String name =
        ((user.getFirstName() == null ? "" : user.getFirstName())
                + " "
                + (user.getLastName() == null ? "" : user.getLastName()))
            .strip();
    return name.isEmpty() ? user.getId() : name;
  }

  private static Map<String, String> texts(Map<String, String> labels, Map<String, Object> values) {
    Map<String, String> texts = new LinkedHashMap<>();
    labels.forEach(
        (name, label) -> {
          Object value = values.get(name);
          if (value != null && !value.toString().isBlank()) {
            texts.put(label, value.toString());
          }
        });
    return texts;
  }

  private static Map<String, String> labels(String... namesAndLabels) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < namesAndLabels.length; i += 2) {
      labels.put(namesAndLabels[i], namesAndLabels[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(labels);
  }
}
