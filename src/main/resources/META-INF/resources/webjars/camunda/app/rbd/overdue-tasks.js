/*
 * Cockpit's dashboard panel 기한 경과 업무: the open tasks whose due date has passed, the longest
 * overdue first, with the petition, the organisations it is offered to and who holds it. Operators
 * and the Planning Group see at a glance which step of which petition is late and whom to call;
 * Cockpit itself shows tasks only by group and assignee, never by due date.
 *
 * It asks the engine's REST API as the signed-in user, so it lists only the tasks that user may
 * read (the engine's authorizations), and writes every value as text, never as HTML. Loaded through
 * `customScripts` in Cockpit's config.js (a module whose default export is a Cockpit plugin).
 */

import {chosenLocale} from './locale.js';

const SHOWN = 20;

const TEXT = {
  ko: {
    label: '기한 경과 업무',
    intro: '기한이 지났는데 끝나지 않은 업무입니다. 기한이 가장 오래 지난 업무부터 보입니다.',
    none: '기한이 지난 업무가 없습니다.',
    failed: '기한 경과 업무를 불러오지 못했습니다',
    columns: ['업무', '건의 번호', '건의 제목', '지역', '담당 기관', '담당자', '기한', '경과'],
    more: n => `외 ${n}건이 더 있습니다.`,
    late: (days, hours) => (days > 0 ? `${days}일` : `${hours}시간`),
    count: n => `${n}건`
  },
  en: {
    label: 'Overdue tasks',
    intro: 'Open tasks past their due date, the longest overdue first.',
    none: 'No task is past its due date.',
    failed: 'Could not load the overdue tasks',
    columns: ['Task', 'Petition no.', 'Title', 'Region', 'Offered to', 'Assignee', 'Due', 'Overdue by'],
    more: n => `${n} more.`,
    late: (days, hours) => (days > 0 ? `${days} d` : `${hours} h`),
    count: n => `${n}`
  }
};

/** The instant as the engine's REST API reads dates: 2026-12-03T08:00:00.000+0000. */
function engineDate(instant) {
  return instant.toISOString().replace('Z', '+0000');
}

/** Whole days (or, under a day, hours) from the due date to now. */
function lateness(due, now) {
  const hours = Math.max(0, Math.floor((now - due) / 3600000));
  return {days: Math.floor(hours / 24), hours};
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

async function get(api, path) {
  const response = await fetch(api.engineApi + path, {
    credentials: 'same-origin',
    headers: {Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken}
  });
  if (!response.ok) {
    throw new Error(`${response.status} ${path}`);
  }
  return response.json();
}

/** A task's petition columns and candidate groups; what the user may not read stays empty. */
async function details(api, task) {
  const [variables, links] = await Promise.all([
    get(api, `/task/${task.id}/localVariables`).catch(() => ({})),
    get(api, `/task/${task.id}/identity-links?type=candidate`).catch(() => [])
  ]);
  const value = name => (variables[name] ? variables[name].value : '');
  return {
    task,
    number: value('petitionNumber'),
    title: value('title') || value('sessionTitle'),
    region: value('regionName'),
    groups: links.map(link => link.groupId).filter(Boolean)
  };
}

async function groupNames(api, ids) {
  if (ids.length === 0) {
    return {};
  }
  const query = encodeURIComponent(ids.join(','));
  const groups = await get(api, `/group?idIn=${query}&maxResults=${ids.length}`).catch(() => []);
  return Object.fromEntries(groups.map(group => [group.id, group.name]));
}

function row(text, locale, now, names, item) {
  const tr = element('tr');
  const link = element('a', item.task.name);
  link.href = `#/process-instance/${item.task.processInstanceId}/runtime`;
  const first = element('td');
  first.appendChild(link);
  tr.appendChild(first);
  const due = new Date(item.task.due);
  const late = lateness(due, now);
  const dueText = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23'
  }).format(due);
  [
    item.number,
    item.title,
    item.region,
    item.groups.map(id => names[id] || id).join(', '),
    item.task.assignee || '-',
    dueText,
    text.late(late.days, late.hours)
  ].forEach(value => tr.appendChild(element('td', value)));
  return tr;
}

async function show(node, api, text, locale) {
  const now = new Date();
  const dueBefore = encodeURIComponent(engineDate(now));
  const [count, tasks] = await Promise.all([
    get(api, `/task/count?dueBefore=${dueBefore}`),
    get(api, `/task?dueBefore=${dueBefore}&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=${SHOWN}`)
  ]);
  node.querySelector('.rbd-overdue-count').textContent = text.count(count.count);
  const body = node.querySelector('.rbd-overdue-body');
  body.textContent = '';
  if (tasks.length === 0) {
    body.appendChild(element('p', text.none, 'rbd-overdue-none'));
    return;
  }
  const items = await Promise.all(tasks.map(task => details(api, task)));
  const names = await groupNames(api, [...new Set(items.flatMap(item => item.groups))]);
  const table = element('table', null, 'cam-table rbd-overdue-table');
  const headings = element('tr');
  text.columns.forEach(column => headings.appendChild(element('th', column)));
  table.appendChild(element('thead')).appendChild(headings);
  const rows = table.appendChild(element('tbody'));
  items.forEach(item => rows.appendChild(row(text, locale, now, names, item)));
  body.appendChild(table);
  if (count.count > tasks.length) {
    body.appendChild(element('p', text.more(count.count - tasks.length), 'rbd-overdue-more'));
  }
}

const locale = chosenLocale();
const text = TEXT[locale] || TEXT.ko;

export default {
  id: 'rbd.overdueTasks',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  properties: {label: text.label},
  render(node, {api}) {
    node.textContent = '';
    const section = element('section', null, 'rbd-overdue');
    const heading = element('h3', text.label);
    heading.appendChild(document.createTextNode(' '));
    heading.appendChild(element('span', '', 'badge rbd-overdue-count'));
    section.appendChild(heading);
    section.appendChild(element('p', text.intro, 'text-muted'));
    section.appendChild(element('div', null, 'rbd-overdue-body'));
    node.appendChild(section);
    show(section, api, text, locale === 'en' ? 'en' : 'ko-KR').catch(error => {
      section.querySelector('.rbd-overdue-body').textContent = `${text.failed}: ${error.message}`;
    });
  }
};
