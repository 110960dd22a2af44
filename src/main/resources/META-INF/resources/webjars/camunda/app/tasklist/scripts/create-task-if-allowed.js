/*
 * Tasklist's "업무 생성" (a task outside any process) only for those allowed to create tasks. An
 * official's work comes from the processes, and the directory grants task creation to
 * administrators only: for everyone else the link opened a form whose saving failed with the
 * engine's refusal. The link stays hidden until the signed-in user's permission is confirmed, and
 * is checked again at every sign-in.
 */

import {showOnlyIfAllowed} from '../../rbd/show-if-allowed.js';

showOnlyIfAllowed('li.create-task-action {display: none !important;}', {
  permissionName: 'CREATE',
  resourceName: 'Task',
  resourceType: 7
});
