/*
 * 첨부 문서, a tab of every task in Tasklist beside 양식 and 이력: the documents of the petition the
 * task belongs to (위치도, 사업계획서, a division's 검토 의견서), to download, and, for an official who
 * may attach (the petition's region, or a body on one of its open steps, while it is open), a form
 * to attach one without leaving the task. The server decides everything (petition/DocumentsTab on
 * the server, the same rules as the petition's page in 건의 현황); this script only shows its answers.
 * Built with DOM calls and textContent only: names and descriptions are officials' text.
 */

import {chosenLocale} from '../../rbd/locale.js';

const TEXTS = {
  ko: {
    label: '첨부 문서',
    loading: '첨부 문서를 불러오는 중입니다…',
    none: '첨부된 문서가 없습니다.',
    columns: ['파일', '설명', '크기', '첨부한 사람', '첨부일'],
    open: '건의 경과 보기 (새 창)',
    file: '파일',
    description: '설명',
    placeholder: '예: 위치도, 사업계획서',
    attach: '첨부',
    attaching: '첨부하는 중입니다…',
    attached: name => `첨부했습니다: ${name}`,
    choose: '첨부할 파일을 고르십시오.',
    tooLarge: limit => `파일은 ${limit}까지 첨부할 수 있습니다.`,
    closed: '종결된 건의에는 문서를 첨부할 수 없습니다.',
    failed: status => `요청을 처리하지 못했습니다 (HTTP ${status}). 잠시 뒤 다시 시도해 주십시오.`
  },
  en: {
    label: 'Documents',
    loading: 'Loading the documents…',
    none: 'No documents are attached.',
    columns: ['File', 'Description', 'Size', 'Attached by', 'Attached'],
    open: 'Open the petition (new window)',
    file: 'File',
    description: 'Description',
    placeholder: 'e.g. site map, project plan',
    attach: 'Attach',
    attaching: 'Attaching…',
    attached: name => `Attached: ${name}`,
    choose: 'Choose a file to attach.',
    tooLarge: limit => `Files may be at most ${limit}.`,
    closed: 'Documents cannot be attached to a closed petition.',
    failed: status => `The request failed (HTTP ${status}). Please try again later.`
  }
};

const text = TEXTS[chosenLocale()] || TEXTS.ko;

function element(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  Object.entries(attributes).forEach(([key, value]) => {
    if (value !== undefined && value !== null) {
      node.setAttribute(key, value);
    }
  });
  node.append(...children.filter(child => child !== undefined && child !== null));
  return node;
}

/** The server's answer as JSON, or {status, message} when it said no or could not be reached. */
async function ask(url, options = {}) {
  try {
    const answer = await fetch(url, {
      credentials: 'same-origin',
      ...options,
      headers: {Accept: 'application/json'}
    });
    const body = (answer.headers.get('Content-Type') || '').includes('json') ? await answer.json() : {};
    return {status: answer.status, ok: answer.ok, body};
  } catch (e) {
    return {status: 0, ok: false, body: {}};
  }
}

function table(documents) {
  if (documents.length === 0) {
    return element('p', {class: 'rbd-documents-none'}, text.none);
  }
  const head = element('tr', {}, ...text.columns.map(column => element('th', {}, column)));
  const rows = documents.map(d =>
    element(
      'tr',
      {},
      element('td', {}, element('a', {href: d.href, download: d.name}, d.name)),
      element('td', {}, d.description || ''),
      element('td', {class: 'text-right text-nowrap'}, d.size),
      element('td', {}, d.attachedBy || ''),
      element('td', {class: 'text-nowrap'}, d.attachedAt)
    )
  );
  return element(
    'table',
    {class: 'table table-condensed rbd-documents'},
    element('thead', {}, head),
    element('tbody', {}, ...rows)
  );
}

function attachForm(taskId, petition, say, reload) {
  const file = element('input', {type: 'file', name: 'file', accept: petition.accept, required: 'required'});
  const description = element('input', {
    type: 'text',
    name: 'description',
    maxlength: '200',
    class: 'form-control',
    placeholder: text.placeholder
  });
  const button = element('button', {type: 'submit', class: 'btn btn-primary'}, text.attach);
  const form = element(
    'form',
    {class: 'rbd-attach-document'},
    element('div', {class: 'form-group'}, element('label', {}, text.file, ' ', file)),
    element('div', {class: 'form-group'}, element('label', {}, text.description, ' ', description)),
    element('p', {class: 'help-block'}, petition.limits),
    button
  );
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const chosen = file.files[0];
    if (!chosen) {
      say(text.choose, true);
      return;
    }
    if (chosen.size > petition.mostBytes) {
      say(text.tooLarge(petition.most), true);
      return;
    }
    const sent = new FormData();
    sent.append('file', chosen);
    sent.append('description', description.value);
    sent.append('token', petition.token);
    button.disabled = true;
    say(text.attaching, false);
    const answer = await ask(`/petitions/documents?task=${encodeURIComponent(taskId)}`, {
      method: 'POST',
      body: sent
    });
    button.disabled = false;
    if (answer.status === 201) {
      await reload(text.attached(answer.body.name));
    } else {
      say(answer.body.message || text.failed(answer.status), true);
    }
  });
  return form;
}

function show(node, taskId) {
  const message = element('div', {role: 'status', class: 'rbd-documents-message'});
  const content = element('div', {}, element('p', {}, text.loading));
  node.replaceChildren(element('div', {class: 'rbd-documents-tab'}, content, message));

  function say(words, problem) {
    message.className = 'rbd-documents-message ' + (problem ? 'alert alert-danger' : 'alert alert-info');
    message.setAttribute('role', problem ? 'alert' : 'status');
    message.textContent = words;
  }

  async function load(done) {
    const answer = await ask(`/petitions/documents?task=${encodeURIComponent(taskId)}`);
    if (!answer.ok) {
      content.replaceChildren(element('p', {}, answer.body.message || text.failed(answer.status)));
      return;
    }
    const petition = answer.body;
    content.replaceChildren(
      element(
        'p',
        {},
        `${petition.number} · ${petition.title} · `,
        element('a', {href: petition.href, target: '_blank', rel: 'noopener'}, text.open)
      ),
      table(petition.documents),
      petition.mayAttach
        ? attachForm(taskId, petition, say, load)
        : petition.open
          ? undefined
          : element('p', {class: 'text-muted'}, text.closed)
    );
    if (done) {
      say(done, false);
    }
  }

  load();
}

export default [
  {
    id: 'rbd-documents',
    pluginPoint: 'tasklist.task.detail',
    priority: 900,
    properties: {label: text.label},
    render(node, {taskId}) {
      show(node, taskId);
    }
  }
];
