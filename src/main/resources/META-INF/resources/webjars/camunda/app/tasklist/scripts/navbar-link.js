/*
 * A link in Tasklist's top bar to one of our pages beside the webapps (건의 현황, 알림함), with its
 * icon, opened in a new window so the task stays open. Imported by petitions-link.js and
 * notifications-link.js; not a plugin of its own.
 */

/** The link for `{label, href, description}` (../../rbd/locale.js), with a glyphicon. */
export function navbarLink({label, href, description}, className, glyphicon) {
  const link = document.createElement('a');
  link.className = className;
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.title = description;
  const icon = document.createElement('span');
  icon.className = `glyphicon ${glyphicon}`;
  link.append(icon, ' ', label);
  return link;
}
