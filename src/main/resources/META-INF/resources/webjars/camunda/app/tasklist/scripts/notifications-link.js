/*
 * 알림함 in Tasklist's top bar, with how many notifications are new: those sent to the official's
 * organisations since they last opened it (a supplement request, a result, a document attached, a
 * meeting notice). Officials work in Tasklist, and 알림함 was only on the Welcome page. It opens in
 * a new window, so the task stays open.
 */

import {notificationsLink} from '../../rbd/locale.js';
import {keepCounting, newNotificationsBadge} from '../../rbd/new-notifications.js';

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
      const badge = newNotificationsBadge();
      link.append(icon, ' ', label, ' ', badge);
      node.appendChild(link);
      keepCounting(badge, link, description);
    }
  }
];
