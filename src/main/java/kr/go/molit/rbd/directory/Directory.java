package kr.go.molit.rbd.directory;

import java.util.List;
import java.util.Optional;

/**
 * The organisation directory as read from {@code directory/directory.yaml}: the regions, the other
 * bodies, the standing grants and filters, and the demo identities.
 */
public record Directory(
    List<Region> regions,
    List<OrgGroup> groups,
    List<Grant> grants,
    List<FilterSpec> filters,
    String emailDomain,
    List<DemoUser> users) {

  /** Kind of the groups that stand for a region's government. */
  public static final String REGION_KIND = "region";

  /** A non-capital metropolitan government; its group is {@code region-<code>}. */
  public record Region(String code, String adminCode, String name) {

    public static final String GROUP_PREFIX = "region-";

    public String groupId() {
      return GROUP_PREFIX + code;
    }
  }

  /** Any body that is a Camunda group. */
  public record OrgGroup(String id, String kind, String name) {}

  /** Who a grant or filter is for: everyone, groups of some kinds, or named groups. */
  public record Audience(boolean everyone, List<String> kinds, List<String> groups) {}

  /** A standing Camunda authorization. */
  public record Grant(
      Audience to, String resource, String resourceId, List<String> permissions, int line) {}

  /** A Tasklist filter: per group, per region, or for everyone. */
  public record FilterSpec(
      String name, String description, String scope, int priority, List<String> kinds) {}

  /** A demo identity, created in the default profile only. */
  public record DemoUser(String id, String name, String title, String email, List<String> groups) {}

  /** Every group: the region groups first, then the others. */
  public List<OrgGroup> allGroups() {
    List<OrgGroup> regionGroups =
        regions.stream().map(r -> new OrgGroup(r.groupId(), REGION_KIND, r.name())).toList();
    return java.util.stream.Stream.concat(regionGroups.stream(), groups.stream()).toList();
  }

  public List<OrgGroup> groupsOfKinds(List<String> kinds) {
    return allGroups().stream().filter(g -> kinds.contains(g.kind())).toList();
  }

  public Optional<Region> regionByGroup(String groupId) {
    return regions.stream().filter(r -> r.groupId().equals(groupId)).findFirst();
  }
}
