package kr.go.molit.rbd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import kr.go.molit.rbd.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 알림함: an official reads the notices sent to their own organisations, and no others. */
abstract class NotificationPagesChecks {

  @Autowired TestRestTemplate http;
  @Autowired NotificationLedger ledger;

  @Test
  void aRegionReadsItsSupplementRequestAndNoOtherRegionDoes() {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.supplementRequested(
            "sejong.official",
            Petitions.form("<b>세종</b> 행정수도 보완", "other"),
            "이전 대상 기관 목록을 보완해 주십시오.");

    ResponseEntity<String> inbox = inboxOf("sejong.official");
    assertThat(inbox.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(inbox.getHeaders().getFirst("Content-Security-Policy"))
        .contains("default-src 'none'")
        .doesNotContain("script-src");
    assertThat(inbox.getBody())
        .contains("<h1>알림함</h1>", "세종특별자치시에 보낸 알림입니다")
        .contains("[지역 건의 " + number + "] 보완 요청")
        .contains("보완 요청 내용: 이전 대상 기관 목록을 보완해 주십시오.")
        .contains("받는 곳: 세종특별자치시")
        .as("the region's own words are shown as text")
        .contains("&lt;b&gt;세종&lt;/b&gt;")
        .doesNotContain("<b>세종")
        .as("the petition's record one click away")
        .contains("<a href=\"/petitions/" + number + "\">건의 경과 보기</a>")
        .as("without mail configured, no mail state")
        .doesNotContain("메일 발송");

    assertThat(inboxOf("busan.official").getBody()).doesNotContain(number);
  }

  @Test
  void whatCameSinceTheLastVisitIsCountedForTasklistAndMarkedNewInTheInbox() {
    WebappSession jeonbuk = WebappSession.signIn(http, "jeonbuk.official", "demo");
    EngineRest.ok(jeonbuk.exchange(HttpMethod.GET, "/notifications", null, null));
    assertThat(newCount(jeonbuk)).as("everything was shown at the visit").isZero();

    String run = UUID.randomUUID().toString();
    ledger.send(run + ":1", null, "region-jeonbuk", "첫째 시험 알림", "본문");
    ledger.send(run + ":2", null, "region-jeonbuk", "둘째 시험 알림", "본문");
    ledger.send(run + ":3", null, "region-jeonnam", "다른 지역 알림", "본문");
    assertThat(newCount(jeonbuk)).as("the two to its own organisation").isEqualTo(2);

    String inbox = jeonbuk.exchange(HttpMethod.GET, "/notifications", null, null).getBody();
    assertThat(inbox)
        .contains(
            "<span class=\"mark\">새 알림</span> 첫째 시험 알림",
            "<span class=\"mark\">새 알림</span> 둘째 시험 알림");
    assertThat(inbox.split("class=\"mark\"", -1)).as("only those two are new").hasSize(3);
    assertThat(newCount(jeonbuk)).isZero();
    assertThat(jeonbuk.exchange(HttpMethod.GET, "/notifications", null, null).getBody())
        .as("seen once, no longer new")
        .contains("둘째 시험 알림")
        .doesNotContain("class=\"mark\"");

    for (int i = 0; i <= SeenNotifications.MOST_COUNTED; i++) {
      ledger.send(run + ":many:" + i, null, "region-jeonbuk", "많은 알림 " + i, "본문");
    }
    assertThat(newCount(jeonbuk))
        .as("counted up to the most the top bar shows (as 99+)")
        .isEqualTo(SeenNotifications.MOST_COUNTED);
    assertThat(
            http.exchange("/notifications/new", HttpMethod.GET, null, String.class).getStatusCode())
        .as("not signed in")
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private static int newCount(WebappSession session) {
    ResponseEntity<String> answer =
        session.exchange(HttpMethod.GET, "/notifications/new", null, null);
    EngineRest.ok(answer);
    assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");
    return EngineRest.read(answer.getBody()).path("count").asInt();
  }

  @Test
  void notSignedInIsSentToSignIn() throws Exception {
    // java.net.http follows no redirect unless told to
    HttpResponse<String> anonymous =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(http.getRootUri() + "/notifications")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow())
        .endsWith("/camunda/app/welcome/default/#!/login");
    assertThat(anonymous.body()).doesNotContain("알림");
  }

  private ResponseEntity<String> inboxOf(String official) {
    return WebappSession.signIn(http, official, "demo")
        .exchange(HttpMethod.GET, "/notifications", null, null);
  }
}
