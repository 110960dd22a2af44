package kr.go.molit.rbd.directory;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/** Names and kinds of the bodies, as the identity service holds them (an admin may rename them). */
@Service
public class Organisations {

  /** A body as forms and summaries show it. */
  public record Organisation(String id, String name) {}

  public static final String MINISTRY_KIND = "ministry";

  private final IdentityService identity;

  Organisations(IdentityService identity) {
    this.identity = identity;
  }

  /** The Korean name of a group, or its id when the group is unknown. */
  public String name(String groupId) {
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    return group == null || group.getName() == null ? groupId : group.getName();
  }

  public List<Organisation> ofKind(String kind) {
    return identity.createGroupQuery().groupType(kind).orderByGroupId().asc().listPage(0, 500).stream()
        .map(g -> new Organisation(g.getId(), g.getName())).toList();
  }
}
