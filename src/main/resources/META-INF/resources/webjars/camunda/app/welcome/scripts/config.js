/*
 * Our override of Camunda's shipped Welcome config.js (same path, so it wins on the classpath).
 * It adds our language and date settings (see ../../rbd/locale.js) and a language switch link.
 */

import {languageSwitchLink, localeSettings} from '../../rbd/locale.js';

// The shipped config.js sets nothing else (all its settings are commented-out examples).
export default {
  ...localeSettings(),

  // Camunda has no language menu; this link is how a user picks the other language.
  links: [languageSwitchLink()]
};
