/*
 * 알림함 in Tasklist's top bar, with how many notifications are new: those sent to the official's
 * organisations since they last opened it (a supplement request, a result, a document attached, a
 * meeting notice). Officials work in Tasklist, and 알림함 was only on the Welcome page. It opens in
 * a new window, so the task stays open.
 */

import {notificationsLink} from '../../rbd/locale.js';
import {navbarLink} from './navbar-link.js';
import {keepCounting, newNotificationsBadge} from '../../rbd/new-notifications.js';

export default [
  {
    id: 'rbd-notifications-link',
    pluginPoint: 'tasklist.navbar.action',
    priority: 190,
    render(node) {
      const link = navbarLink(notificationsLink(), 'rbd-notifications-action', 'glyphicon-bell');
      const badge = newNotificationsBadge();
      link.append(' ', badge);
      node.appendChild(link);
      keepCounting(badge, link, link.title);
    }
  }
];
