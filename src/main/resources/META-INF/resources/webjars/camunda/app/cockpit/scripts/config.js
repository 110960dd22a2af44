/*
 * Our override of Camunda's shipped Cockpit config.js (same path, so it wins on the classpath).
 * Only the language and date settings differ from the shipped one; see ../../rbd/locale.js.
 */

import {localeSettings} from '../../rbd/locale.js';

// The shipped config.js sets nothing else (all its settings are commented-out examples).
export default {
  ...localeSettings()
};
