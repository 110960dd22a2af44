package kr.go.molit.rbd.database;

/**
 * One authorization row as {@link PermissionDecision} reads it ({@link PermissionGrantReads}): a
 * row with a group is a group's, a global row (type 0) everyone's, any other the user's own.
 */
record PermissionGrant(int type, String groupId, int resourceType, String resourceId, int perms) {}
