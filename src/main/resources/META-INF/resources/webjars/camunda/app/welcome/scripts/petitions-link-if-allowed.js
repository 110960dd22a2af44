/*
 * Welcome's 건의 현황 and 건의 통계 links only for those who may see regional petitions at all: the regions, the
 * council, the Planning Group and its divisions, advisers, institutions, ministries, the Forum's
 * staff and operators, who hold READ on regional-petition (the directory's grants). The Forum's
 * members hold none and would find an empty list. Hidden until the signed-in user's permission is
 * confirmed, checked again at every sign-in.
 */

import {SEE_PETITIONS, showOnlyIfAllowed} from '../../rbd/show-if-allowed.js';

showOnlyIfAllowed(
  '.custom-link-wrapper:has(> a[href="/petitions"]), .custom-link-wrapper:has(> a[href="/petitions/summary"]) ' +
    '{display: none !important;}',
  SEE_PETITIONS
);
