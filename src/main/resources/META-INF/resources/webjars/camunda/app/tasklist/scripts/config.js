/*
 * Our override of Camunda's shipped Tasklist config.js (same path, so it wins on the classpath).
 * It adds our language and date settings (see ../../rbd/locale.js), Korean descriptions of the
 * shipped keyboard shortcuts, the Korean of the words Camunda Forms writes (form-korean.js) and of
 * the date picker's months and weekdays (../../rbd/datepicker-korean.js), "업무 생성" only for
 * those allowed to create tasks (create-task-if-allowed.js), no search criteria about CMMN cases
 * or tenants, which this server has none of (search-criteria.js), and 건의 현황 in the top bar for
 * those who may see petitions (petitions-link.js), 알림함 with how many notifications are new
 * (notifications-link.js), and each task's 첨부 문서 tab: the documents of its
 * petition, and attaching one (documents-tab.js).
 */

import {localeSettings} from '../../rbd/locale.js';

export default {
  ...localeSettings(),

  // Paths relative to app/tasklist/, without .js; Tasklist imports each as an ES module.
  customScripts: [
    'scripts/form-korean',
    '../rbd/datepicker-korean',
    'scripts/create-task-if-allowed',
    'scripts/search-criteria',
    'scripts/petitions-link',
    'scripts/notifications-link',
    'scripts/documents-tab'
  ],

  // The shipped key bindings; descriptions are shown in the shortcut help, hence Korean.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '선택한 업무를 가져옵니다'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '필터 목록의 첫 번째 필터로 이동합니다'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '업무 목록의 첫 번째 업무로 이동합니다'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '업무 양식의 첫 번째 입력란으로 이동합니다'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '프로세스 시작 대화 상자를 엽니다'
    }
  }
};
