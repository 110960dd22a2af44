/*
 * Korean for the words Camunda Forms (form-js 1.8.7, bundled with Tasklist 7.24) writes itself:
 * its validation messages, the placeholder of an empty select and the date picker's calendar.
 * form-js has no translation hook, so when the interface is Korean (../../rbd/locale.js) we
 * rewrite them in the page as form-js renders them. A MutationObserver's callback runs before the
 * browser paints, so officials never see the English. Loaded through `customScripts` in config.js.
 *
 * The server checks every submission again with the same Korean wording (FormSubmissionValidator).
 * FormJsMessagesTest finds every message of the bundled form-js; FormsInKoreanBrowserIT translates
 * each of them with this file and checks the forms in a browser.
 */

import {chosenLocale, KOREAN_MONTHS, KOREAN_WEEKDAYS, KOREAN_WEEKDAYS_SHORT} from '../../rbd/locale.js';

/** form-js's messages (its Validator), as patterns, each with its Korean. */
const MESSAGES = [
  [/^Field is required\.$/, () => '필수 입력 항목입니다.'],
  [/^Field must have maximum length of (.+)\.$/, n => `${n}자 이하로 입력해야 합니다.`],
  [/^Field must have minimum length of (.+)\.$/, n => `${n}자 이상 입력해야 합니다.`],
  [/^Field must have maximum value of (.+)\.$/, n => `${n} 이하의 값을 입력해야 합니다.`],
  [/^Field must have minimum value of (.+)\.$/, n => `${n} 이상의 값을 입력해야 합니다.`],
  [/^Field must match pattern .*\.$/s, () => '입력 형식이 올바르지 않습니다.'],
  [/^Field must be a valid email\.$/, () => '올바른 전자우편 주소를 입력해야 합니다.'],
  [/^Field must be a valid +international phone number\..*$/, () => '올바른 국제 전화번호를 입력해야 합니다 (예: +82212345678).'],
  [/^Value is not a number\.$/, () => '숫자를 입력해야 합니다.'],
  [/^Value is expected to be an integer\.$/, () => '정수를 입력해야 합니다.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, n => `소수점 아래 ${n}자리까지 입력할 수 있습니다.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `올바른 값이 아닙니다. 가장 가까운 값: ${a}, ${b}`]
];

/** The placeholder form-js shows in a select with nothing chosen. */
const SELECT_PLACEHOLDER = '선택하십시오';

/** flatpickr's locale object (the date picker form-js uses), in Korean. */
const CALENDAR = {
  weekdays: {shorthand: KOREAN_WEEKDAYS_SHORT, longhand: KOREAN_WEEKDAYS},
  months: {shorthand: KOREAN_MONTHS, longhand: KOREAN_MONTHS},
  firstDayOfWeek: 0,
  ordinal: () => '일',
  rangeSeparator: ' ~ ',
  weekAbbreviation: '주',
  scrollTitle: '스크롤하면 값이 바뀝니다',
  toggleTitle: '누르면 바뀝니다',
  amPM: ['오전', '오후'],
  yearAriaLabel: '연도',
  monthAriaLabel: '월',
  hourAriaLabel: '시',
  minuteAriaLabel: '분',
  time_24hr: true
};

/** The Korean of one form-js message; a message we do not know is returned as it is. */
export function translateMessage(text) {
  for (const [pattern, korean] of MESSAGES) {
    const match = pattern.exec(text);
    if (match) {
      return korean(...match.slice(1));
    }
  }
  return text;
}

/*
 * Only the text node's data is changed, never the node: Preact keeps the node and writes the next
 * English message into it, which the observer then sees and translates.
 */
function replaceText(element, translation) {
  const text = element.firstChild;
  if (text && text.nodeType === Node.TEXT_NODE && element.childNodes.length === 1) {
    const korean = translation(text.data);
    if (korean !== text.data) {
      text.data = korean;
    }
  }
}

function translateErrors(form) {
  form.querySelectorAll('.fjs-form-field-error li').forEach(item => replaceText(item, translateMessage));
}

function translateSelectPlaceholders(form) {
  form.querySelectorAll('.fjs-select-display.fjs-select-placeholder')
      .forEach(display => replaceText(display, text => (text === 'Select' ? SELECT_PLACEHOLDER : text)));
}

function translateCalendars(form) {
  form.querySelectorAll('input.flatpickr-input').forEach(input => {
    const picker = input._flatpickr;
    if (picker && picker.l10n !== undefined && !picker.rbdKorean) {
      picker.rbdKorean = true;
      picker.set('locale', CALENDAR);
    }
  });
}

function translate() {
  document.querySelectorAll('.fjs-container').forEach(form => {
    translateErrors(form);
    translateSelectPlaceholders(form);
    translateCalendars(form);
  });
}

if (chosenLocale() === 'ko') {
  new MutationObserver(translate).observe(document.body, {childList: true, subtree: true, characterData: true});
}
