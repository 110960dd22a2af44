/*
 * Korean month and weekday names in the AngularJS date picker (angular-ui-bootstrap) of Tasklist
 * (a task's due and follow-up dates) and Cockpit (date criteria of its searches). It takes them
 * from AngularJS's $locale, which Camunda ships only in English; the translations in ko.json reach
 * moment.js, not $locale. So once Angular has started we give $locale the Korean names and the
 * picker Korean titles (2026년 12월). Loaded through `customScripts` in each app's config.js.
 */

import {whenAngularStarted} from './angular.js';
import {chosenLocale, KOREAN_MONTHS, KOREAN_WEEKDAYS, KOREAN_WEEKDAYS_SHORT} from './locale.js';

function useKoreanNames(injector) {
  // Only the names: the named formats (medium, short, ...) and AM/PM, which the date parser reads, stay.
  Object.assign(injector.get('$locale').DATETIME_FORMATS, {
    MONTH: KOREAN_MONTHS,
    SHORTMONTH: KOREAN_MONTHS,
    STANDALONEMONTH: KOREAN_MONTHS,
    DAY: KOREAN_WEEKDAYS,
    SHORTDAY: KOREAN_WEEKDAYS_SHORT
  });
  if (injector.has('uibDatepickerConfig')) {
    Object.assign(injector.get('uibDatepickerConfig'), {formatDayTitle: 'yyyy년 MMMM', formatMonthTitle: 'yyyy년'});
  }
  if (injector.has('uibDatepickerPopupConfig')) {
    Object.assign(injector.get('uibDatepickerPopupConfig'), {currentText: '오늘', clearText: '지우기', closeText: '닫기'});
  }
}

if (chosenLocale() === 'ko') {
  whenAngularStarted(useKoreanNames);
}
