package kr.go.molit.rbd.directory;

import java.time.Duration;
import java.util.List;
import kr.go.molit.rbd.database.KeptValues;
import kr.go.molit.rbd.security.IdentityChanges;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/**
 * Names and kinds of the bodies, as the identity service holds them (an admin may rename them).
 * Names are kept for a minute between lookups (a petition names its region and divisions in several
 * steps); a change of groups made on this server empties them at once, one made on another server
 * shows here within the minute.
 */
@Service
public class Organisations {

  /** A body as forms and summaries show it. */
  public record Organisation(String id, String name) {}

  public static final String MINISTRY_KIND = "ministry";

  static final Duration NAMES_KEPT = Duration.ofMinutes(1);

  private final IdentityService identity;
  private final KeptValues<String> names = new KeptValues<>(NAMES_KEPT, 1_000, System::nanoTime);

  Organisations(IdentityService identity, IdentityChanges changes) {
    this.identity = identity;
    changes.onChange(names::forget);
  }

  /** The Korean name of a group, or its id when the group is unknown. */
  public String name(String groupId) {
    String kept = names.get(groupId);
    if (kept != null) {
      return kept;
    }
    long generation = names.generation();
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    String name = group == null || group.getName() == null ? groupId : group.getName();
    names.keep(groupId, name, generation);
    return name;
  }

  public List<Organisation> ofKind(String kind) {
    return identity
        .createGroupQuery()
        .groupType(kind)
        .orderByGroupId()
        .asc()
        .listPage(0, 500)
        .stream()
        .map(g -> new Organisation(g.getId(), g.getName()))
        .toList();
  }
}
