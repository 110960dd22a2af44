package kr.go.molit.rbd.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The directory as the engine holds it after start, and after a restart. */
abstract class DirectoryChecks {

  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired FilterService filters;
  @Autowired DirectorySynchronizer synchronizer;
  @Autowired Regions regions;
  @Autowired TestRestTemplate http;

  @Test
  void everyRegionIsAGroupWithItsOfficial() {
    assertThat(identity.createGroupQuery().groupType("region").count()).isEqualTo(14);
    assertThat(identity.createGroupQuery().groupId("region-jeonbuk").singleResult().getName())
        .isEqualTo("전북특별자치도");
    assertThat(regions.regionOf("busan.official"))
        .get()
        .extracting(Regions.Region::code, Regions.Region::name)
        .containsExactly("busan", "부산광역시");
    assertThat(regions.regionOf("tf.coordinator")).isEmpty();
    assertThat(identity.createUserQuery().userId("jeju.official").singleResult().getEmail())
        .isEqualTo("jeju.official@rbd.example.kr");
  }

  @Test
  void restartKeepsTheDirectoryWithoutDuplicates() {
    List<Long> before = counts();
    synchronizer.afterSingletonsInstantiated();
    synchronizer.afterSingletonsInstantiated();
    assertThat(counts()).isEqualTo(before);
    assertThat(identity.createUserQuery().memberOfGroup("forum-members").count()).isEqualTo(11);
  }

  @Test
  void regionOfficialsUseTasklistButNotCockpitOrAdmin() {
    for (String app : List.of("cockpit", "admin")) {
      assertThat(
              http.withBasicAuth("busan.official", "demo")
                  .getForEntity(
                      "/engine-rest/authorization/check?permissionName=ACCESS&resourceName=application&resourceType=0&resourceId="
                          + app,
                      String.class)
                  .getBody())
          .as(app)
          .contains("\"authorized\":false");
    }
    assertThat(
            http.withBasicAuth("busan.official", "demo")
                .getForEntity(
                    "/engine-rest/authorization/check?permissionName=ACCESS&resourceName=application&resourceType=0&resourceId=tasklist",
                    String.class)
                .getBody())
        .contains("\"authorized\":true");
    assertThat(
            http.withBasicAuth("ops.operator", "demo")
                .getForEntity(
                    "/engine-rest/authorization/check?permissionName=ACCESS&resourceName=application&resourceType=0&resourceId=cockpit",
                    String.class)
                .getBody())
        .contains("\"authorized\":true");
  }

  @Test
  void operatorsSeeCockpitsHumanTaskCountsButOfficialsDoNot() {
    var operator =
        http.withBasicAuth("ops.operator", "demo")
            .getForEntity("/engine-rest/task/report/candidate-group-count", String.class);
    assertThat(operator.getStatusCode()).as(operator.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(operator.getBody()).startsWith("[");
    assertThat(
            http.withBasicAuth("busan.official", "demo")
                .getForEntity("/engine-rest/task/report/candidate-group-count", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void eachGroupSeesItsOwnKoreanFilters() {
    var busan =
        http.withBasicAuth("busan.official", "demo")
            .getForEntity("/engine-rest/filter?resourceType=Task&maxResults=50", String.class);
    assertThat(busan.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(busan.getBody())
        .contains("우리 기관 업무")
        .contains("우리 지역 건의")
        .contains("기한 임박")
        .contains("region-busan")
        .doesNotContain("region-daegu");
  }

  private List<Long> counts() {
    return List.of(
        identity.createGroupQuery().count(),
        identity.createUserQuery().count(),
        identity.createUserQuery().memberOfGroup("region-busan").count(),
        authorizations.createAuthorizationQuery().count(),
        filters.createFilterQuery().count());
  }
}
