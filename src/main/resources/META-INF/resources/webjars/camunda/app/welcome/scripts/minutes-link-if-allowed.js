/*
 * Welcome's 포럼 회의록 link only for those who may read the Forum's minutes: the forum secretariat,
 * the minister's office, the Forum's members and operators, who hold READ_HISTORY on forum-session
 * (the directory's grants). A region official who followed it found an empty list. Hidden until
 * the signed-in user's permission is confirmed, checked again at every sign-in.
 */

import {showOnlyIfAllowed} from '../../rbd/show-if-allowed.js';

showOnlyIfAllowed('.custom-link-wrapper:has(> a[href="/forum/minutes"]) {display: none !important;}', {
  permissionName: 'READ_HISTORY',
  resourceName: 'ProcessDefinition',
  resourceType: 6,
  resourceId: 'forum-session'
});
