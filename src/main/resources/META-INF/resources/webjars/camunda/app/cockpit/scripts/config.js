/*
 * Our override of Camunda's shipped Cockpit config.js (same path, so it wins on the classpath).
 * It adds the language and date settings (see ../../rbd/locale.js), Korean month and weekday
 * names in the date picker of its searches (../../rbd/datepicker-korean.js), dates in Korean
 * order in its tables (../../rbd/cockpit-dates.js) and the dashboard's panel of overdue tasks
 * (../../rbd/overdue-tasks.js).
 */

import {localeSettings} from '../../rbd/locale.js';

// The shipped config.js sets nothing else (all its settings are commented-out examples).
export default {
  ...localeSettings(),

  // Paths relative to app/cockpit/, without .js; Cockpit imports each as an ES module.
  customScripts: ['../rbd/datepicker-korean', '../rbd/cockpit-dates', '../rbd/overdue-tasks']
};
