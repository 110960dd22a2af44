/*
 * How many notifications came to the signed-in official's organisations since they last opened
 * 알림함 (notification/NotificationPages on the server, /notifications/new), for the badge beside
 * the link to it in Tasklist's top bar and on the Welcome page. Asked again every minute while the
 * page is shown, when the official comes back to the window (after reading them in the other one)
 * and at every sign-in.
 */

import {chosenLocale} from './locale.js';
import {whenAngularStarted} from './angular.js';

const EVERY_MS = 60000;

/** A badge (Bootstrap's), hidden while nothing is new. */
export function newNotificationsBadge() {
  const badge = document.createElement('span');
  badge.className = 'badge rbd-new-notifications';
  // Bootstrap's .badge sets display, which the hidden attribute cannot override.
  badge.style.display = 'none';
  return badge;
}

/**
 * Keeps `badge` showing the number of new notifications, and `link`'s title (its `description`)
 * saying so, from now on.
 */
export function keepCounting(badge, link, description) {
  async function refresh() {
    if (document.hidden) {
      return;
    }
    try {
      const answer = await fetch('/notifications/new', {
        credentials: 'same-origin',
        headers: {Accept: 'application/json'}
      });
      const body = answer.ok ? await answer.json() : {count: 0};
      const count = body.count || 0;
      badge.style.display = count === 0 ? 'none' : '';
      badge.textContent = count === 0 ? '' : count >= body.most ? `${body.most - 1}+` : `${count}`;
      link.title =
        count === 0
          ? description
          : `${description} (${chosenLocale() === 'ko' ? `새 알림 ${badge.textContent}건` : `${badge.textContent} new`})`;
    } catch (e) {
      // The server could not be reached; the next refresh tries again.
    }
  }

  refresh();
  setInterval(refresh, EVERY_MS);
  window.addEventListener('focus', refresh);
  document.addEventListener('visibilitychange', refresh);
  whenAngularStarted(injector => injector.get('$rootScope').$on('authentication.changed', refresh));
}
