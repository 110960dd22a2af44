package kr.go.molit.rbd.directory;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/**
 * Which region a user acts for: the one region group the identity service lists for the user. Read
 * from the engine, so a membership changed in Admin counts at once.
 */
@Service
public class Regions {

  /** A region as the petition process records it. */
  public record Region(String code, String name, String groupId) {}

  private final IdentityService identity;

  Regions(IdentityService identity) {
    this.identity = identity;
  }

  /** The user's region, or empty when the user belongs to no region or to more than one. */
  public Optional<Region> regionOf(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    List<Group> groups =
        identity
            .createGroupQuery()
            .groupMember(userId)
            .groupType(Directory.REGION_KIND)
            .listPage(0, 2);
    if (groups.size() != 1) {
      return Optional.empty();
    }
    return Optional.of(region(groups.get(0)));
  }

  /** Every region, in 가나다 order of their names (Hangul's code points are in that order). */
  public List<Region> all() {
    return identity.createGroupQuery().groupType(Directory.REGION_KIND).listPage(0, 100).stream()
        .filter(g -> g.getId().startsWith(Directory.Region.GROUP_PREFIX))
        .map(Regions::region)
        .sorted(java.util.Comparator.comparing(Region::name))
        .toList();
  }

  private static Region region(Group group) {
    String code = group.getId().substring(Directory.Region.GROUP_PREFIX.length());
    return new Region(code, group.getName(), group.getId());
  }
}
