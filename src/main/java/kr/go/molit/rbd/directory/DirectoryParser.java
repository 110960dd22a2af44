package kr.go.molit.rbd.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kr.go.molit.rbd.directory.Directory.Audience;
import kr.go.molit.rbd.directory.Directory.DemoUser;
import kr.go.molit.rbd.directory.Directory.FilterSpec;
import kr.go.molit.rbd.directory.Directory.Grant;
import kr.go.molit.rbd.directory.Directory.OrgGroup;
import kr.go.molit.rbd.directory.Directory.Region;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses and validates the whole directory file before anything is applied, so that a bad file
 * stops the start with the line it is about and never half-applies.
 */
final class DirectoryParser {

  /** The same rule as the engine's user and group id whitelist (application.yaml). */
  static final Pattern ID = Pattern.compile("[a-zA-Z0-9]+([.-][a-zA-Z0-9]+)*");

  static final Set<String> FILTER_SCOPES = Set.of("per-group", "per-region", "everyone");

  private final String source;
  private final YamlNodes yaml;
  private final Set<String> ids = new HashSet<>();

  private DirectoryParser(String source) {
    this.source = source;
    this.yaml = new YamlNodes(source);
  }

  static Directory parse(String source, String text) {
    return new DirectoryParser(source).parse(text);
  }

  private Directory parse(String text) {
    Node root = compose(text);
    Map<String, Node> top =
        yaml.mapping(
            root, List.of("regions", "groups", "grants", "filters", "emailDomain", "users"));
    List<Region> regions = each(top.get("regions"), this::region);
    List<OrgGroup> groups = each(top.get("groups"), this::group);
    Directory partial = new Directory(regions, groups, List.of(), List.of(), "", List.of());
    Set<String> kinds = new HashSet<>();
    partial.allGroups().forEach(g -> kinds.add(g.kind()));
    List<Grant> grants = each(top.get("grants"), n -> grant(n, partial, kinds));
    List<FilterSpec> filters = each(top.get("filters"), n -> filter(n, kinds));
    String emailDomain = yaml.optional(top, "emailDomain", "rbd.example.kr");
    Set<String> groupIds = new HashSet<>();
    partial.allGroups().forEach(g -> groupIds.add(g.id()));
    List<DemoUser> users = each(top.get("users"), n -> user(n, emailDomain, groupIds));
    return new Directory(regions, groups, grants, filters, emailDomain, users);
  }

  private Node compose(String text) {
    try {
      Node root =
          new Yaml(new SafeConstructor(new LoaderOptions()))
              .compose(new java.io.StringReader(text));
      if (root == null) {
        throw new DirectoryException(source, 1, "the file is empty");
      }
      return root;
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new DirectoryException(source, line, "malformed YAML: " + e.getProblem());
    }
  }

  private <T> List<T> each(Node list, java.util.function.Function<Node, T> reader) {
    List<T> items = new ArrayList<>();
    if (list != null) {
      yaml.sequence(list).forEach(node -> items.add(reader.apply(node)));
    }
    return List.copyOf(items);
  }

  private Region region(Node node) {
    Map<String, Node> e = yaml.mapping(node, List.of("code", "adminCode", "name"));
    Region region =
        new Region(
            yaml.required(e, node, "code"),
            yaml.required(e, node, "adminCode"),
            yaml.required(e, node, "name"));
    claimId(node, region.groupId());
    return region;
  }

  private OrgGroup group(Node node) {
    Map<String, Node> e = yaml.mapping(node, List.of("id", "kind", "name"));
    OrgGroup group =
        new OrgGroup(
            yaml.required(e, node, "id"),
            yaml.required(e, node, "kind"),
            yaml.required(e, node, "name"));
    if (group.kind().equals(Directory.REGION_KIND)) {
      throw yaml.error(node, "kind 'region' is reserved for the regions section");
    }
    claimId(node, group.id());
    return group;
  }

  private Grant grant(Node node, Directory groups, Set<String> kinds) {
    Map<String, Node> e = yaml.mapping(node, List.of("to", "resource", "id", "permissions"));
    Audience to = audience(e.get("to"), node, groups, kinds);
    String resourceName = yaml.required(e, node, "resource");
    Resources resource;
    try {
      resource = Resources.valueOf(resourceName);
    } catch (IllegalArgumentException unknown) {
      throw yaml.error(node, "unknown resource '" + resourceName + "'");
    }
    List<String> permissions = yaml.scalars(e, "permissions");
    for (String permission : permissions) {
      try {
        ResourceTypeUtil.getPermissionByNameAndResourceType(permission, resource.resourceType());
      } catch (RuntimeException unknown) {
        throw yaml.error(
            node, "permission '" + permission + "' does not exist for " + resourceName);
      }
    }
    return new Grant(
        to, resourceName, yaml.required(e, node, "id"), permissions, YamlNodes.line(node));
  }

  private Audience audience(Node to, Node owner, Directory directory, Set<String> kinds) {
    if (to == null) {
      throw yaml.error(owner, "'to' is missing");
    }
    if (to instanceof org.yaml.snakeyaml.nodes.ScalarNode) {
      if (!yaml.scalar(to).equals("everyone")) {
        throw yaml.error(to, "'to' is 'everyone', {kinds: [...]} or {groups: [...]}");
      }
      return new Audience(true, List.of(), List.of());
    }
    Map<String, Node> e = yaml.mapping(to, List.of("kinds", "groups"));
    List<String> kindList = yaml.scalars(e, "kinds");
    List<String> groupList = yaml.scalars(e, "groups");
    kindList.stream()
        .filter(k -> !kinds.contains(k))
        .findFirst()
        .ifPresent(
            k -> {
              throw yaml.error(to, "unknown group kind '" + k + "'");
            });
    Set<String> known = new HashSet<>();
    directory.allGroups().forEach(g -> known.add(g.id()));
    groupList.stream()
        .filter(g -> !known.contains(g))
        .findFirst()
        .ifPresent(
            g -> {
              throw yaml.error(to, "unknown group '" + g + "'");
            });
    return new Audience(false, kindList, groupList);
  }

  private FilterSpec filter(Node node, Set<String> kinds) {
    Map<String, Node> e =
        yaml.mapping(node, List.of("name", "description", "scope", "priority", "kinds"));
    String scope = yaml.required(e, node, "scope");
    if (!FILTER_SCOPES.contains(scope)) {
      throw yaml.error(node, "scope '" + scope + "' is not one of " + FILTER_SCOPES);
    }
    List<String> filterKinds = yaml.scalars(e, "kinds");
    filterKinds.stream()
        .filter(k -> !kinds.contains(k))
        .findFirst()
        .ifPresent(
            k -> {
              throw yaml.error(node, "unknown group kind '" + k + "'");
            });
    int priority;
    try {
      priority = Integer.parseInt(yaml.optional(e, "priority", "50"));
    } catch (NumberFormatException notANumber) {
      throw yaml.error(node, "priority must be a whole number");
    }
    return new FilterSpec(
        yaml.required(e, node, "name"),
        yaml.optional(e, "description", ""),
        scope,
        priority,
        filterKinds);
  }

  private DemoUser user(Node node, String emailDomain, Set<String> groupIds) {
    Map<String, Node> e = yaml.mapping(node, List.of("id", "name", "title", "email", "groups"));
    String id = yaml.required(e, node, "id");
    claimId(node, id);
    List<String> groups = yaml.scalars(e, "groups");
    groups.stream()
        .filter(g -> !groupIds.contains(g))
        .findFirst()
        .ifPresent(
            g -> {
              throw yaml.error(node, "user '" + id + "' names unknown group '" + g + "'");
            });
    return new DemoUser(
        id,
        yaml.required(e, node, "name"),
        yaml.optional(e, "title", ""),
        yaml.optional(e, "email", id + "@" + emailDomain),
        groups);
  }

  private void claimId(Node node, String id) {
    if (!ID.matcher(id).matches()) {
      throw yaml.error(
          node, "id '" + id + "' is not letters and digits joined by single '.' or '-'");
    }
    if (!ids.add(id)) {
      throw yaml.error(node, "duplicate id '" + id + "'");
    }
  }
}
