package kr.go.molit.rbd.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * One command's reads of a user's or group's grants on stored tasks. The engine's default grants
 * look up the grant on the task and then the one on its history (same id, two resource types), each
 * with a statement of its own, whenever a stored task is claimed or offered again; here the first
 * lookup reads both and the second is answered from it. The answer is what the engine's read would
 * give in that command: the rows read become the command's entities, as the engine's do, and a
 * grant the command creates afterwards is found by the engine in its entity cache, as before, not
 * by the read.
 */
public class TaskGrantReads implements Session {

  static final String MAPPER = "db/mybatis/task-grants.xml";
  static final String STATEMENT = "kr.go.molit.rbd.security.taskgrants.rbdTaskGrants";

  private final Map<String, Map<Integer, AuthorizationEntity>> read = new HashMap<>();

  /** Whether this class answers lookups on that resource type. */
  static boolean answers(Resource resource) {
    return resource.resourceType() == Resources.TASK.resourceType()
        || resource.resourceType() == Resources.HISTORIC_TASK.resourceType();
  }

  /**
   * The group's (or, without a group, the user's) grant on the task or its history, as the engine
   * looks it up; null if none is stored.
   */
  AuthorizationEntity grant(String taskId, String userId, String groupId, Resource resource) {
    String key = (groupId != null ? "group:" + groupId : "user:" + userId) + "|" + taskId;
    return read.computeIfAbsent(key, k -> readBoth(taskId, userId, groupId))
        .get(resource.resourceType());
  }

  private static Map<Integer, AuthorizationEntity> readBoth(
      String taskId, String userId, String groupId) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("taskId", taskId);
    parameters.put("userId", groupId != null ? null : userId);
    parameters.put("groupId", groupId);
    parameters.put("taskType", Resources.TASK.resourceType());
    parameters.put("historicTaskType", Resources.HISTORIC_TASK.resourceType());
    @SuppressWarnings("unchecked")
    List<AuthorizationEntity> rows =
        (List<AuthorizationEntity>)
            (List<?>)
                Context.getCommandContext().getDbEntityManager().selectList(STATEMENT, parameters);
    Map<Integer, AuthorizationEntity> byType = new HashMap<>();
    rows.forEach(row -> byType.put(row.getResourceType(), row));
    return byType;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
