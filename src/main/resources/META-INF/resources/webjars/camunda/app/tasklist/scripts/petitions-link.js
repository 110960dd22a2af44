/*
 * 건의 현황 in Tasklist's top bar, beside 프로세스 시작: officials work in Tasklist, and a petition's
 * whole record (and every petition they may see) is one click away, in a new window so the task
 * stays open. Shown only to those who may see petitions, as on the Welcome page (READ on
 * regional-petition; the Forum's members hold none), checked again at every sign-in.
 */

import {petitionsLink} from '../../rbd/locale.js';
import {SEE_PETITIONS, showOnlyIfAllowed} from '../../rbd/show-if-allowed.js';

showOnlyIfAllowed('li.rbd-petitions-link {display: none !important;}', SEE_PETITIONS);

export default [
  {
    id: 'rbd-petitions-link',
    pluginPoint: 'tasklist.navbar.action',
    priority: 200,
    render(node) {
      const {label, href, description} = petitionsLink();
      const link = document.createElement('a');
      link.className = 'rbd-petitions-action';
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener';
      link.title = description;
      const icon = document.createElement('span');
      icon.className = 'glyphicon glyphicon-list';
      link.append(icon, ' ', label);
      node.appendChild(link);
    }
  }
];
