package kr.go.molit.rbd.forms;

import kr.go.molit.rbd.directory.TasklistColumns;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Copies the variables Tasklist shows beside a task (petition number, title, region, forum session)
 * onto the task itself when it is created. With specific variable permissions on, the people a task
 * is offered to may read its variables but not the whole instance's, so without the copy their task
 * list would show blank columns.
 */
class TasklistColumnsTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    for (String name : TasklistColumns.COLUMNS.keySet()) {
      Object value = task.getVariable(name);
      if (value != null) {
        task.setVariableLocal(name, value);
      }
    }
  }
}
