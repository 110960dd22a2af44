/*
 * Tasklist's task search (업무 필터링) offers only criteria that can find something on this server.
 * Camunda offers 31, ten of them about CMMN cases (케이스 변수, 케이스 인스턴스 ID, ...) and tenants
 * (테넌트 ID), which this server has none of: an official who chose one found nothing and could not
 * tell why. Custom scripts are imported before Tasklist starts AngularJS, so a config block added
 * here wraps the search widget's link function to hand it the list without them.
 */

const UNUSED_HERE = /^(case|tenantIdIn$|withoutTenantId$)/;

/** The search criteria (the widget's `types`) without those about cases and tenants. */
function criteriaUsedHere(types) {
  return types.filter(type => !UNUSED_HERE.test(type.id.key));
}

if (window.angular) {
  window.angular.module('cam.tasklist').config(['$provide', $provide => {
    $provide.decorator('camWidgetSearchDirective', ['$delegate', $delegate => {
      const widget = $delegate[0];
      const link = widget.link;
      widget.compile = () => function (scope, ...rest) {
        if (Array.isArray(scope.types)) {
          scope.types = criteriaUsedHere(scope.types);
        }
        return link.apply(this, [scope, ...rest]);
      };
      return $delegate;
    }]);
  }]);
}
