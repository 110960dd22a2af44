/*
 * Cockpit's dates in the Korean order Tasklist shows (2026. 12. 03. 14:30:05), not ISO text
 * (2026-12-03T14:30:05). Tasklist takes its formats from config.js' `dateFormat`; Cockpit ignores
 * that entry: a config block of its own sets the camDate formats, the instance tables' start and
 * end times using the ISO one. Custom scripts are imported before Cockpit starts AngularJS, so a
 * config block added here runs after Camunda's and wins. Operators keep the seconds, which order
 * the instances started in one minute. Loaded through `customScripts` in Cockpit's config.js.
 */

import {chosenLocale, KOREAN_DATE_FORMAT} from './locale.js';

const COCKPIT_DATE_FORMAT = {...KOREAN_DATE_FORMAT, normal: 'YYYY. MM. DD. HH:mm:ss'};

if (chosenLocale() === 'ko' && window.angular) {
  window.angular.module('cam.cockpit').config(['camDateFormatProvider', provider => {
    Object.entries(COCKPIT_DATE_FORMAT).forEach(([name, format]) => provider.setDateFormat(format, name));
  }]);
}
