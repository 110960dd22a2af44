package kr.go.molit.rbd.petition;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import kr.go.molit.rbd.directory.Regions;
import kr.go.molit.rbd.notification.Notification;
import kr.go.molit.rbd.notification.NotificationLedger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Attachment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 첨부 문서: the documents officials attach to a petition (위치도, 사업계획서, 검토 의견서 ...), kept as the
 * engine's attachments of the petition's process instance (part of its history: removed with it,
 * and each addition in the user operation log), with who attached each in our own table (the
 * attachment itself records no author). While the petition is open, its region and the bodies on
 * one of its open steps may attach; whoever may see the petition may read them. The engine checks
 * no authorization on attachments, so callers decide who sees a petition first ({@link
 * PetitionRecords}); the checks here run as the signed-in official ({@code ActingUser}).
 */
@Service
public class PetitionDocuments {

  /** One attached document, as the petition's page lists it. */
  public record Document(
      String id,
      String name,
      String description,
      String type,
      Long size,
      String attachedBy,
      Date attachedAt) {}

  /** A document's bytes, to download. */
  public record Content(String name, String type, byte[] bytes) {

    /**
     * The answer that hands the document over as a file to save under its own name, never kept in a
     * cache nor run as a page ({@link #DOWNLOAD_CSP}, replacing the policy pages get).
     */
    public ResponseEntity<byte[]> download(HttpServletResponse response) {
      response.setHeader("Content-Security-Policy", DOWNLOAD_CSP);
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType(type))
          .header(HttpHeaders.CACHE_CONTROL, "no-store")
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment()
                  .filename(name, StandardCharsets.UTF_8)
                  .build()
                  .toString())
          .body(bytes);
    }
  }

  /** Downloads run nothing and embed nothing, whatever a file holds. */
  static final String DOWNLOAD_CSP = "default-src 'none'; sandbox";

  /** The most documents one petition carries. */
  static final int MOST_PER_PETITION = 30;

  private final ProcessEngine engine;
  private final PetitionStatus status;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Regions regions;
  private final NotificationLedger ledger;
  private final long mostBytes;

  PetitionDocuments(
      ProcessEngine engine,
      PetitionStatus status,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      Regions regions,
      NotificationLedger ledger,
      PetitionProperties properties) {
    this.engine = engine;
    this.status = status;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.regions = regions;
    this.ledger = ledger;
    this.mostBytes = properties.documentMaxSize().toBytes();
  }

  /** The largest document one may attach. */
  public long mostBytes() {
    return mostBytes;
  }

  /**
   * The documents of a petition the caller may see, oldest first; {@code attachedBy} is the user
   * id, which the caller turns into a name.
   */
  public List<Document> of(String processInstanceId) {
    Map<String, Kept> kept = new HashMap<>();
    jdbc.query(
        "SELECT attachment_id, attached_by, size_bytes FROM rbd_petition_document"
            + " WHERE process_instance_id = ?",
        rs -> {
          kept.put(rs.getString(1), new Kept(rs.getString(2), rs.getLong(3)));
        },
        processInstanceId);
    return tasks().getProcessInstanceAttachments(processInstanceId).stream()
        .sorted(Comparator.comparing(Attachment::getCreateTime).thenComparing(Attachment::getId))
        .map(
            a -> {
              Kept by = kept.get(a.getId());
              return new Document(
                  a.getId(),
                  a.getName(),
                  a.getDescription(),
                  a.getType(),
                  by == null ? null : by.size(),
                  by == null ? null : by.attachedBy(),
                  a.getCreateTime());
            })
        .toList();
  }

  /** What our table keeps of a document: who attached it, and its size. */
  private record Kept(String attachedBy, long size) {}

  /**
   * Whether the signed-in official may attach documents to this petition now: it is open, and the
   * official is of its region or may work on one of its open steps (offered to their body, or
   * theirs).
   */
  public boolean mayAttach(PetitionStatus.View petition, String processInstanceId) {
    Authentication official = engine.getIdentityService().getCurrentAuthentication();
    if (!petition.open() || official == null) {
      return false;
    }
    String user = official.getUserId();
    if (regions
        .regionOf(user)
        .map(region -> region.code().equals(petition.regionCode()))
        .orElse(false)) {
      return true;
    }
    return tasks().createTaskQuery().processInstanceId(processInstanceId).taskAssignee(user).count()
            > 0
        || tasks()
                .createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskCandidateUser(user)
                .includeAssignedTasks()
                .count()
            > 0;
  }

  /**
   * Attaches what the signed-in official sent to the petition numbered so, once they may: refused
   * with 404 when they may not see it, 409 once it has ended, 403 when they are neither of its
   * region nor on an open step, and 400 when the document itself cannot be kept ({@link
   * DocumentUpload#of}, read only then).
   */
  public Document attach(String number, Supplier<DocumentUpload> sent) {
    HistoricProcessInstance instance =
        status
            .instance(number)
            .orElseThrow(() -> new DocumentUpload.Refused(404, "number", NOT_FOUND));
    PetitionStatus.View petition = status.views(List.of(instance)).get(0);
    if (!petition.open()) {
      throw new DocumentUpload.Refused(409, "number", "종결된 건의에는 문서를 첨부할 수 없습니다.");
    }
    if (!mayAttach(petition, instance.getId())) {
      throw new DocumentUpload.Refused(
          403, "number", "건의한 지역과 진행 중인 단계를 맡은 기관만 이 건의에 문서를 첨부할 수 있습니다.");
    }
    return attach(instance.getId(), petition, sent.get());
  }

  /** A document of the petition numbered so, if the signed-in official may see the petition. */
  public Optional<Content> download(String number, String documentId) {
    return status.instance(number).flatMap(instance -> content(instance.getId(), documentId));
  }

  static final String NOT_FOUND = "건의를 찾을 수 없거나 열람 권한이 없습니다.";

  /**
   * Attaches a checked document to the petition for the signed-in official, with its author, in one
   * transaction; refused past {@link #MOST_PER_PETITION}.
   */
  Document attach(String processInstanceId, PetitionStatus.View petition, DocumentUpload document) {
    String user = engine.getIdentityService().getCurrentAuthentication().getUserId();
    return transaction.execute(
        status -> {
          Integer attached =
              jdbc.queryForObject(
                  "SELECT COUNT(*) FROM rbd_petition_document WHERE process_instance_id = ?",
                  Integer.class,
                  processInstanceId);
          if (attached != null && attached >= MOST_PER_PETITION) {
            throw new DocumentUpload.Refused(
                "file", "file: 한 건의에는 문서를 " + MOST_PER_PETITION + "개까지 첨부할 수 있습니다.");
          }
          Attachment attachment =
              tasks()
                  .createAttachment(
                      document.type(),
                      null,
                      processInstanceId,
                      document.name(),
                      document.description(),
                      new ByteArrayInputStream(document.content()));
          jdbc.update(
              "INSERT INTO rbd_petition_document"
                  + " (attachment_id, process_instance_id, attached_by, size_bytes)"
                  + " VALUES (?, ?, ?, ?)",
              attachment.getId(),
              processInstanceId,
              user,
              (long) document.content().length);
          notifyOthers(processInstanceId, petition, attachment);
          return new Document(
              attachment.getId(),
              attachment.getName(),
              attachment.getDescription(),
              attachment.getType(),
              (long) document.content().length,
              displayName(user),
              attachment.getCreateTime());
        });
  }

  /**
   * Tells the bodies on the petition's open steps and its region, in their notifications (알림함, and
   * mail where set up), that a document was attached, except the groups of the official who
   * attached it: the council waiting for a supplement's 사업계획서, the region reading a division's
   * opinion. Recorded in the attachment's transaction, once per document and group.
   */
  private void notifyOthers(
      String processInstanceId, PetitionStatus.View petition, Attachment attachment) {
    Authentication official = engine.getIdentityService().getCurrentAuthentication();
    Set<String> groups =
        new LinkedHashSet<>(
            jdbc.queryForList(
                "SELECT DISTINCT l.GROUP_ID_ FROM ACT_RU_IDENTITYLINK l"
                    + " JOIN ACT_RU_TASK t ON t.ID_ = l.TASK_ID_"
                    + " WHERE t.PROC_INST_ID_ = ? AND l.TYPE_ = 'candidate'"
                    + " AND l.GROUP_ID_ IS NOT NULL ORDER BY l.GROUP_ID_",
                String.class,
                processInstanceId));
    regions.all().stream()
        .filter(region -> region.code().equals(petition.regionCode()))
        .forEach(region -> groups.add(region.groupId()));
    if (official.getGroupIds() != null) {
      groups.removeAll(official.getGroupIds());
    }
    String who = displayName(official.getUserId());
    String body =
        "'"
            + petition.title()
            + "' 건의에 "
            + who
            + "님이 문서를 첨부했습니다: "
            + attachment.getName()
            + (attachment.getDescription() == null ? "" : " (" + attachment.getDescription() + ")")
            + "\n건의 페이지의 첨부 문서에서 내려받을 수 있습니다.";
    for (String group : groups) {
      ledger.send(
          "document:" + attachment.getId() + ":" + group,
          petition.number(),
          group,
          Notification.aboutPetition(petition.number(), "문서 첨부"),
          body);
    }
  }

  private String displayName(String userId) {
    User user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
    return user == null ? userId : PetitionRecords.displayName(user);
  }

  /** A document's bytes, if it is one of this petition's (which the caller may see). */
  Optional<Content> content(String processInstanceId, String documentId) {
    Attachment attachment = tasks().getAttachment(documentId);
    if (attachment == null || !processInstanceId.equals(attachment.getProcessInstanceId())) {
      return Optional.empty();
    }
    try (InputStream bytes = tasks().getAttachmentContent(documentId)) {
      if (bytes == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Content(attachment.getName(), attachment.getType(), bytes.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TaskService tasks() {
    return engine.getTaskService();
  }
}
