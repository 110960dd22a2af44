/*
 * Shows a part of a webapp only to users the engine allows what it leads to: a style rule hides it
 * from the start, and is removed once the engine confirms the permission for the signed-in user,
 * checked again at every sign-in. Used for Tasklist's 업무 생성, Welcome's 포럼 회의록 and both apps'
 * links to 건의 현황.
 */

import {whenAngularStarted} from './angular.js';

/** Asks the engine whether the signed-in user holds `permission` (the parameters of its check). */
async function isAuthorized(permission) {
  const engineApi = document.querySelector('base').getAttribute('engine-api');
  const query = new URLSearchParams(permission);
  try {
    const answer = await fetch(`${engineApi}engine/default/authorization/check?${query}`, {
      headers: {Accept: 'application/json'}
    });
    return answer.ok && (await answer.json()).authorized === true;
  } catch (e) {
    return false;
  }
}

/**
 * READ on regional-petition: held by everyone who may see petitions (regions, council, Planning
 * Group and its divisions, advisers, institutions, ministries, the Forum's staff, operators), not by
 * the Forum's members. Welcome's and Tasklist's links to 건의 현황 ask for it.
 */
export const SEE_PETITIONS = {
  permissionName: 'READ',
  resourceName: 'ProcessDefinition',
  resourceType: 6,
  resourceId: 'regional-petition'
};

/**
 * Hides what `hideRule` (CSS) matches unless the signed-in user holds `permission`, e.g.
 * {permissionName: 'CREATE', resourceName: 'Task', resourceType: 7}.
 */
export function showOnlyIfAllowed(hideRule, permission) {
  const hiding = document.createElement('style');
  hiding.textContent = hideRule;

  function show(allowed) {
    if (allowed) {
      hiding.remove();
    } else if (!hiding.isConnected) {
      document.head.appendChild(hiding);
    }
  }

  // A check still under way when the next sign-in starts one of its own must not decide for it.
  let latestCheck = 0;

  async function checkFor(authentication) {
    const check = ++latestCheck;
    show(false);
    if (authentication && authentication.name) {
      const allowed = await isAuthorized(permission);
      if (check === latestCheck) {
        show(allowed);
      }
    }
  }

  show(false);
  whenAngularStarted(injector => {
    const rootScope = injector.get('$rootScope');
    rootScope.$on('authentication.changed', (event, authentication) => checkFor(authentication));
    checkFor(rootScope.authentication);
  });
}
