/*
 * For our custom scripts, which the webapps import while they start, possibly before AngularJS has
 * bootstrapped the app.
 */

const WAIT_MS = 50;
const GIVE_UP_MS = 30000;

/** Calls back with the app's injector once Angular has started. */
export function whenAngularStarted(callback, waited = 0) {
  const injector = window.angular && window.angular.element(document.body).injector();
  if (injector) {
    callback(injector);
  } else if (waited < GIVE_UP_MS) {
    setTimeout(() => whenAngularStarted(callback, waited + WAIT_MS), WAIT_MS);
  }
}
