package kr.go.molit.rbd.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import kr.go.molit.rbd.support.DocumentForms;
import kr.go.molit.rbd.support.EngineRest;
import kr.go.molit.rbd.support.Petitions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POST /api/petitions and GET /api/petitions/{number} as regional systems call them. */
abstract class PetitionApiChecks {

  @Autowired TestRestTemplate http;

  ResponseEntity<String> post(String user, String body, String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
    return client.exchange(
        "/api/petitions", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  static String json(Map<String, Object> form) throws Exception {
    return EngineRest.JSON.writeValueAsString(form);
  }

  @Test
  void aRegionSubmitsAndFollowsItsPetition() throws Exception {
    ResponseEntity<String> created =
        post("busan.official", json(Petitions.form("가덕도 신공항 연계 교통망", "airport")), null);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    JsonNode petition = EngineRest.read(created.getBody());
    String number = petition.path("number").asText();
    assertThat(created.getHeaders().getLocation()).hasToString("/api/petitions/" + number);
    assertThat(petition.path("regionCode").asText()).isEqualTo("busan");
    assertThat(petition.path("currentSteps").toString()).contains("접수 검토");
    assertThat(
            http.withBasicAuth("busan.official", "demo")
                .getForEntity("/api/petitions/" + number, String.class)
                .getStatusCode()
                .value())
        .isEqualTo(200);
    ResponseEntity<String> foreign =
        http.withBasicAuth("daegu.official", "demo")
            .getForEntity("/api/petitions/" + number, String.class);
    assertThat(foreign.getStatusCode().value()).isEqualTo(404);
    assertThat(foreign.getBody()).contains("PETITION_NOT_FOUND");
  }

  @Test
  void aRegionAttachesItsDocumentsAndReadsThemBack() throws Exception {
    ResponseEntity<String> created =
        post("busan.official", json(Petitions.form("부산 첨부 문서 API", "railway")), null);
    String number = EngineRest.read(created.getBody()).path("number").asText();
    String documents = "/api/petitions/" + number + "/documents";

    ResponseEntity<String> attached =
        upload("busan.official", documents, "사업계획서.hwpx", "계획".getBytes(), "사업계획서", null);
    assertThat(attached.getStatusCode().value()).as(attached.getBody()).isEqualTo(201);
    JsonNode document = EngineRest.read(attached.getBody());
    assertThat(document.path("name").asText()).isEqualTo("사업계획서.hwpx");
    assertThat(document.path("description").asText()).isEqualTo("사업계획서");
    assertThat(document.path("size").asLong()).isEqualTo("계획".getBytes().length);
    assertThat(document.path("attachedBy").asText()).startsWith("김부산");
    assertThat(attached.getHeaders().getLocation())
        .hasToString(documents + "/" + document.path("id").asText());

    JsonNode listed =
        EngineRest.read(
            http.withBasicAuth("busan.official", "demo")
                .getForEntity(documents, String.class)
                .getBody());
    assertThat(listed.path("mayAttach").asBoolean()).isTrue();
    assertThat(listed.path("documents").get(0)).isEqualTo(document);
    ResponseEntity<byte[]> file =
        http.withBasicAuth("busan.official", "demo")
            .getForEntity(attached.getHeaders().getLocation(), byte[].class);
    assertThat(file.getStatusCode().value()).isEqualTo(200);
    assertThat(file.getBody()).isEqualTo("계획".getBytes());
    assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment;");
    assertThat(file.getHeaders().getFirst("Content-Security-Policy"))
        .isEqualTo("default-src 'none'; sandbox");

    ResponseEntity<String> foreign =
        http.withBasicAuth("daegu.official", "demo").getForEntity(documents, String.class);
    assertThat(foreign.getStatusCode().value()).isEqualTo(404);
    assertThat(foreign.getBody()).contains("PETITION_NOT_FOUND");
    assertThat(
            http.withBasicAuth("daegu.official", "demo")
                .getForEntity(attached.getHeaders().getLocation(), String.class)
                .getBody())
        .contains("DOCUMENT_NOT_FOUND");
    assertThat(
            upload("daegu.official", documents, "a.pdf", new byte[] {1}, null, null)
                .getStatusCode()
                .value())
        .isEqualTo(404);
    ResponseEntity<String> elsewhere =
        upload("busan.official", documents, "a.pdf", new byte[] {1}, null, "https://evil.example");
    assertThat(elsewhere.getStatusCode().value()).isEqualTo(403);
    assertThat(elsewhere.getBody()).contains("다른 사이트의 페이지에서 보낸 요청은 받지 않습니다.");
    ResponseEntity<String> kind =
        upload("busan.official", documents, "a.exe", new byte[] {1}, null, null);
    assertThat(kind.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRest.read(kind.getBody()).path("field").asText()).isEqualTo("file");
    assertThat(EngineRest.read(kind.getBody()).path("code").asText()).isEqualTo("FIELD_INVALID");
    assertThat(
            EngineRest.read(
                    http.withBasicAuth("busan.official", "demo")
                        .getForEntity(documents, String.class)
                        .getBody())
                .path("documents")
                .size())
        .as("nothing refused was stored")
        .isEqualTo(1);
  }

  private ResponseEntity<String> upload(
      String user, String path, String name, byte[] content, String description, String origin) {
    HttpHeaders headers = new HttpHeaders();
    if (origin != null) {
      headers.setOrigin(origin);
    }
    return http.withBasicAuth(user, "demo")
        .exchange(
            path,
            HttpMethod.POST,
            DocumentForms.encoded(DocumentForms.document(name, content, description), headers),
            String.class);
  }

  @Test
  void aRegionReadsByWhenItMustSupplementItsPetition() throws Exception {
    EngineRest rest = new EngineRest(http);
    String number =
        rest.supplementRequested(
            "daejeon.official", Petitions.form("대전 보완 기한 조회", "railway"), "사업비 내역을 보완해 주십시오.");
    String taskId = rest.awaitTask("daejeon.official", number, "supplement-petition");
    JsonNode task = rest.getJson("daejeon.official", "/task/" + taskId);

    JsonNode petition =
        EngineRest.read(
            http.withBasicAuth("daejeon.official", "demo")
                .getForEntity("/api/petitions/" + number, String.class)
                .getBody());

    assertThat(petition.path("currentSteps").toString()).contains("건의 보완 또는 철회");
    JsonNode due = petition.path("dueDates").path("건의 보완 또는 철회");
    assertThat(due.isMissingNode()).as(petition.toString()).isFalse();
    assertThat(OffsetDateTime.parse(due.asText()).toInstant())
        .isEqualTo(
            OffsetDateTime.parse(task.path("due").asText().replace("+0000", "Z")).toInstant());
    // the step's due date falls at 18:00 in Korea
    assertThat(
            OffsetDateTime.parse(due.asText())
                .toInstant()
                .atZone(ZoneId.of("Asia/Seoul"))
                .toLocalTime())
        .isEqualTo(LocalTime.of(18, 0));
  }

  @Test
  void aRetryWithTheSameKeyReturnsTheSamePetition() throws Exception {
    String key = "gw-" + UUID.randomUUID();
    String body = json(Petitions.form("강릉 KTX 연장", "railway"));
    ResponseEntity<String> first = post("gangwon.official", body, key);
    ResponseEntity<String> retry = post("gangwon.official", body, key);
    assertThat(first.getStatusCode().value()).isEqualTo(201);
    assertThat(retry.getStatusCode().value()).isEqualTo(200);
    assertThat(EngineRest.read(retry.getBody()).path("number"))
        .isEqualTo(EngineRest.read(first.getBody()).path("number"));
    ResponseEntity<String> otherBody =
        post("gangwon.official", json(Petitions.form("다른 건의", "road")), key);
    assertThat(otherBody.getStatusCode().value()).isEqualTo(409);
    assertThat(otherBody.getBody()).contains("IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void badInputIsRefusedWithTheFieldNamed() throws Exception {
    Map<String, Object> noTitle = Petitions.form("", "other");
    ResponseEntity<String> missing = post("jeju.official", json(noTitle), null);
    assertThat(missing.getStatusCode().value()).isEqualTo(400);
    assertThat(EngineRest.read(missing.getBody()).path("field").asText()).isEqualTo("title");
    assertThat(missing.getBody()).contains("FIELD_INVALID").contains("건의 제목");
    Map<String, Object> foreignRegion = Petitions.form("제주 건의", "other");
    foreignRegion.put("regionCode", "busan");
    assertThat(post("jeju.official", json(foreignRegion), null).getBody())
        .contains("MALFORMED_REQUEST");
    assertThat(post("jeju.official", "{\"title\": ", null).getStatusCode().value()).isEqualTo(400);
    assertThat(post("jeju.official", json(Petitions.form("x", "moon-base")), null).getBody())
        .contains("category");
    assertThat(post(null, json(Petitions.form("익명", "other")), null).getStatusCode().value())
        .isEqualTo(401);
    assertThat(
            post("tf.coordinator", json(Petitions.form("부처 건의", "other")), null)
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(post("jeju.official", json(Petitions.form("x", "other")), "bad key!").getBody())
        .contains("IDEMPOTENCY_KEY_INVALID");
  }
}
