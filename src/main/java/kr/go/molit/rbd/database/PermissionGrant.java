package kr.go.molit.rbd.database;

/**
 * One authorization row as {@link PermissionDecision} reads it (db/mybatis/permission-grants.xml):
 * a row with a group is a group's, a global row (type 0) everyone's, any other the user's own.
 */
public class PermissionGrant {

  private int type;
  private String groupId;
  private int resourceType;
  private String resourceId;
  private int perms;

  public PermissionGrant() {}

  public void setAuthType(int type) {
    this.type = type;
  }

  public void setGroupId(String groupId) {
    this.groupId = groupId;
  }

  public void setResourceType(int resourceType) {
    this.resourceType = resourceType;
  }

  public void setResourceId(String resourceId) {
    this.resourceId = resourceId;
  }

  public void setPerms(int perms) {
    this.perms = perms;
  }

  int type() {
    return type;
  }

  String groupId() {
    return groupId;
  }

  int resourceType() {
    return resourceType;
  }

  String resourceId() {
    return resourceId;
  }

  int perms() {
    return perms;
  }
}
