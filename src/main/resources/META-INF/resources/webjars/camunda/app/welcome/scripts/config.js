/*
 * Our override of Camunda's shipped Welcome config.js (same path, so it wins on the classpath).
 * It adds our language and date settings (see ../../rbd/locale.js), the Forum's minutes (shown to
 * those who may read them: minutes-link-if-allowed.js) and a language switch link.
 */

import {forumMinutesLink, languageSwitchLink, localeSettings} from '../../rbd/locale.js';

// The shipped config.js sets nothing else (all its settings are commented-out examples).
export default {
  ...localeSettings(),

  // Forum members have no task in Tasklist: the minutes are what they come for. Camunda has no
  // language menu; the second link is how a user picks the other language.
  links: [forumMinutesLink(), languageSwitchLink()],

  // Paths relative to app/welcome/, without .js; Welcome imports each as an ES module.
  customScripts: ['scripts/minutes-link-if-allowed']
};
