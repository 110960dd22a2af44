/*
 * Language and date settings shared by the config.js of Tasklist, Cockpit, Admin and Welcome.
 *
 * Camunda 7.24 picks the interface language from the browser alone: navigator.languages[0] if it
 * is one of `availableLocales`, otherwise `fallbackLocale`. It has no language menu and remembers
 * nothing. Listing both 'ko' and 'en' would therefore show English to every English browser,
 * although our users are Korean officials. So we list only the language in effect: Korean, unless
 * this browser has chosen English: through the link on the Welcome page, or by opening a webapp
 * once with ?lang=en (?lang=ko switches back). The URL must name the engine, as in
 * /camunda/app/tasklist/default/?lang=en, because the redirect from /camunda/app/tasklist/ drops
 * the query. The choice is kept in localStorage under STORAGE_KEY, shared by all four webapps.
 */

const STORAGE_KEY = 'rbd.locale';
const SUPPORTED = ['ko', 'en'];
const DEFAULT_LOCALE = 'ko';

// Moment formats in Korean order (2025. 03. 07. 14:30); 'dddd' and 'MMMM' come from ko.json.
export const KOREAN_DATE_FORMAT = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'YYYY. MM. DD. HH:mm',
  normal: 'YYYY. MM. DD. HH:mm',
  long: 'YYYY년 M월 D일 dddd HH:mm',
  short: 'YYYY. MM. DD.'
};

function remember(locale) {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch (e) {
    // Storage may be disabled; the choice then lasts for this page only.
  }
}

function remembered() {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch (e) {
    return null;
  }
}

/** Korean names of the months and weekdays, for the webapps' two date pickers. */
export const KOREAN_MONTHS = ['1월', '2월', '3월', '4월', '5월', '6월', '7월', '8월', '9월', '10월', '11월', '12월'];
export const KOREAN_WEEKDAYS = ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'];
export const KOREAN_WEEKDAYS_SHORT = ['일', '월', '화', '수', '목', '금', '토'];

/** The language to show: an explicit ?lang= first, then the remembered choice, then Korean. */
export function chosenLocale() {
  const requested = new URLSearchParams(window.location.search).get('lang');
  if (SUPPORTED.includes(requested)) {
    remember(requested);
    return requested;
  }
  const stored = remembered();
  return SUPPORTED.includes(stored) ? stored : DEFAULT_LOCALE;
}

/** The `locales` and `dateFormat` entries of a webapp's config.js. */
export function localeSettings() {
  const locale = chosenLocale();
  const settings = {locales: {availableLocales: [locale], fallbackLocale: locale}};
  if (locale === 'ko') {
    settings.dateFormat = KOREAN_DATE_FORMAT;
  }
  return settings;
}

/** The Welcome page's link to the Forum's minutes (forum/MinutesPages on the server). */
export function forumMinutesLink() {
  return chosenLocale() === 'ko'
    ? {label: '포럼 회의록', href: '/forum/minutes', description: '지역균형발전포럼 회의의 회의록을 봅니다 (포럼 사무국·위원)'}
    : {label: 'Forum minutes', href: '/forum/minutes', description: 'Minutes of the Regional Balanced Development Forum'};
}

/** The Welcome page's link to the petitions the official may see (petition/PetitionPages). */
export function petitionsLink() {
  return chosenLocale() === 'ko'
    ? {label: '건의 현황', href: '/petitions', description: '볼 수 있는 지역 건의의 진행 단계, 기한, 처리 결과와 경과를 봅니다'}
    : {label: 'Petitions', href: '/petitions', description: 'Where each petition you may see stands, and what was decided'};
}

/** A Welcome page link to 건의 통계: the petitions one may see, counted by region and category. */
export function petitionSummaryLink() {
  return chosenLocale() === 'ko'
    ? {label: '건의 통계', href: '/petitions/summary', description: '볼 수 있는 지역 건의를 지역별·분야별, 처리 결과별로 셉니다'}
    : {label: 'Petition statistics', href: '/petitions/summary', description: 'The petitions you may see, counted by region, category and result'};
}

/** A Welcome page link to the notifications sent to the signed-in official's organisations. */
export function notificationsLink() {
  return chosenLocale() === 'ko'
    ? {label: '알림함', href: '/notifications', description: '우리 기관에 온 알림(보완 요청, 처리 결과, 회의 안내 등)을 봅니다'}
    : {label: 'Notifications', href: '/notifications', description: "Notifications sent to your organisation"};
}

/** A Welcome page link that switches to the other language. */
export function languageSwitchLink() {
  return chosenLocale() === 'ko'
    ? {label: 'English', href: '?lang=en', description: 'Show the webapps in English in this browser'}
    : {label: '한국어', href: '?lang=ko', description: '이 브라우저에서 웹 애플리케이션을 한국어로 표시합니다'};
}
