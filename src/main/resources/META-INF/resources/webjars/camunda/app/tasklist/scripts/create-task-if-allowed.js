/*
 * Tasklist's "업무 생성" (a task outside any process) only for those allowed to create tasks. An
 * official's work comes from the processes, and the directory grants task creation to
 * administrators only: for everyone else the link opened a form whose saving failed with the
 * engine's refusal. The link stays hidden until the signed-in user's permission is confirmed, and
 * is checked again at every sign-in.
 */

import {whenAngularStarted} from '../../rbd/angular.js';

const HIDE_RULE = 'li.create-task-action {display: none !important;}';

const hiding = document.createElement('style');
hiding.textContent = HIDE_RULE;

function showLink(allowed) {
  if (allowed) {
    hiding.remove();
  } else if (!hiding.isConnected) {
    document.head.appendChild(hiding);
  }
}

async function mayCreateTasks() {
  const engineApi = document.querySelector('base').getAttribute('engine-api');
  const check = `${engineApi}engine/default/authorization/check?permissionName=CREATE&resourceName=Task&resourceType=7`;
  try {
    const answer = await fetch(check, {headers: {Accept: 'application/json'}});
    return answer.ok && (await answer.json()).authorized === true;
  } catch (e) {
    return false;
  }
}

// A check still under way when the next sign-in starts one of its own must not decide for it.
let latestCheck = 0;

async function checkFor(authentication) {
  const check = ++latestCheck;
  showLink(false);
  if (authentication && authentication.name) {
    const allowed = await mayCreateTasks();
    if (check === latestCheck) {
      showLink(allowed);
    }
  }
}

showLink(false);
whenAngularStarted(injector => {
  const rootScope = injector.get('$rootScope');
  rootScope.$on('authentication.changed', (event, authentication) => checkFor(authentication));
  checkFor(rootScope.authentication);
});
