/*
 * The number of new notifications beside the Welcome page's 알림함 link, as in Tasklist's top bar
 * (../../rbd/new-notifications.js). Welcome draws its links from config.js after it starts, so the
 * badge is added once the link is there.
 */

import {notificationsLink} from '../../rbd/locale.js';
import {keepCounting, newNotificationsBadge} from '../../rbd/new-notifications.js';

const {href, description} = notificationsLink();

function addBadge() {
  const link = document.querySelector(`a[href="${href}"]`);
  if (!link || link.querySelector('.rbd-new-notifications')) {
    return Boolean(link);
  }
  const badge = newNotificationsBadge();
  link.append(' ', badge);
  keepCounting(badge, link, description);
  return true;
}

if (!addBadge()) {
  const watching = new MutationObserver(() => {
    if (addBadge()) {
      watching.disconnect();
    }
  });
  watching.observe(document.documentElement, {childList: true, subtree: true});
}
