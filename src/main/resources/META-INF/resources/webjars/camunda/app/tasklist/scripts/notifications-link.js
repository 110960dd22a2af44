/*
 * 알림함 in Tasklist's top bar, with how many notifications are new: those sent to the official's
 * organisations since they last opened it (a supplement request, a result, a document attached, a
 * meeting notice). Officials work in Tasklist, and 알림함 was only on the Welcome page. The number
 * comes from the server (notification/NotificationPages, /notifications/new), asked again every
 * minute while the page is shown, when the official comes back to this window (after reading them
 * in the new one) and at every sign-in.
 */

import {notificationsLink, chosenLocale} from '../../rbd/locale.js';
import {whenAngularStarted} from '../../rbd/angular.js';

const EVERY_MS = 60000;

function newText(count, most) {
  const shown = count >= most ? `${most - 1}+` : `${count}`;
  return {
    badge: shown,
    title: chosenLocale() === 'ko' ? `새 알림 ${shown}건` : `${shown} new`
  };
}

export default [
  {
    id: 'rbd-notifications-link',
    pluginPoint: 'tasklist.navbar.action',
    priority: 190,
    render(node) {
      const {label, href, description} = notificationsLink();
      const link = document.createElement('a');
      link.className = 'rbd-notifications-action';
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener';
      link.title = description;
      const icon = document.createElement('span');
      icon.className = 'glyphicon glyphicon-bell';
      const badge = document.createElement('span');
      badge.className = 'badge rbd-new-notifications';
      // Bootstrap's .badge sets display, which the hidden attribute cannot override.
      badge.style.display = 'none';
      link.append(icon, ' ', label, ' ', badge);
      node.appendChild(link);

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
          if (count > 0) {
            const {badge: shown, title} = newText(count, body.most);
            badge.textContent = shown;
            link.title = `${description} (${title})`;
          } else {
            link.title = description;
          }
        } catch (e) {
          // The server could not be reached; the next refresh tries again.
        }
      }

      refresh();
      setInterval(refresh, EVERY_MS);
      window.addEventListener('focus', refresh);
      document.addEventListener('visibilitychange', refresh);
      whenAngularStarted(injector =>
        injector.get('$rootScope').$on('authentication.changed', refresh)
      );
    }
  }
];
