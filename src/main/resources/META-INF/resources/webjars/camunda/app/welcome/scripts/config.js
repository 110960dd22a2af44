/*
 * Our override of Camunda's shipped Welcome config.js (same path, so it wins on the classpath).
 * It adds our language and date settings (see ../../rbd/locale.js), 건의 현황 and 건의 통계 (shown to
 * those who may see petitions: petitions-link-if-allowed.js), 알림함 with how many notifications are
 * new (notifications-count.js), the Forum's minutes (shown to those who may
 * read them: minutes-link-if-allowed.js) and a language switch link.
 */

import {
  forumMinutesLink,
  languageSwitchLink,
  localeSettings,
  notificationsLink,
  petitionsLink,
  petitionSummaryLink
} from '../../rbd/locale.js';

// The shipped config.js sets nothing else (all its settings are commented-out examples).
export default {
  ...localeSettings(),

  // 건의 현황 shows where each petition one may see stands and what was decided, also in the weeks
  // when one's own organisation has no task in it. 알림함 shows every official the notices sent to
  // their organisations (mail or not). Forum members have no task in Tasklist: the minutes are what
  // they come for. Camunda has no language menu; the last link is how a user picks the other
  // language.
  links: [petitionsLink(), petitionSummaryLink(), notificationsLink(), forumMinutesLink(), languageSwitchLink()],

  // Paths relative to app/welcome/, without .js; Welcome imports each as an ES module.
  customScripts: [
    'scripts/petitions-link-if-allowed',
    'scripts/minutes-link-if-allowed',
    'scripts/notifications-count'
  ]
};
