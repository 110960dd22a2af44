/*
 * Our override of Camunda's shipped Welcome config.js (same path, so it wins on the classpath).
 * It adds our language and date settings (see ../../rbd/locale.js), 알림함, the Forum's minutes (shown to
 * those who may read them: minutes-link-if-allowed.js) and a language switch link.
 */

import {forumMinutesLink, languageSwitchLink, localeSettings, notificationsLink} from '../../rbd/locale.js';

// The shipped config.js sets nothing else (all its settings are commented-out examples).
export default {
  ...localeSettings(),

  // 알림함 shows every official the notices sent to their organisations (mail or not). Forum
  // members have no task in Tasklist: the minutes are what they come for. Camunda has no language
  // menu; the last link is how a user picks the other language.
  links: [notificationsLink(), forumMinutesLink(), languageSwitchLink()],

  // Paths relative to app/welcome/, without .js; Welcome imports each as an ES module.
  customScripts: ['scripts/minutes-link-if-allowed']
};
