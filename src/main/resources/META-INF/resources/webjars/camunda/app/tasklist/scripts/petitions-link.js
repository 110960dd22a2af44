/*
 * 건의 현황 in Tasklist's top bar, beside 프로세스 시작: officials work in Tasklist, and a petition's
 * whole record (and every petition they may see) is one click away, in a new window so the task
 * stays open. Shown only to those who may see petitions, as on the Welcome page (READ on
 * regional-petition; the Forum's members hold none), checked again at every sign-in.
 */

import {petitionsLink} from '../../rbd/locale.js';
import {navbarLink} from './navbar-link.js';
import {SEE_PETITIONS, showOnlyIfAllowed} from '../../rbd/show-if-allowed.js';

showOnlyIfAllowed('li.rbd-petitions-link {display: none !important;}', SEE_PETITIONS);

export default [
  {
    id: 'rbd-petitions-link',
    pluginPoint: 'tasklist.navbar.action',
    priority: 200,
    render(node) {
      node.appendChild(navbarLink(petitionsLink(), 'rbd-petitions-action', 'glyphicon-list'));
    }
  }
];
