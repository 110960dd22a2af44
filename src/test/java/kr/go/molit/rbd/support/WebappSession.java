package kr.go.molit.rbd.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;

/** A signed-in webapp session as the browser holds it: cookies and the CSRF token. */
public final class WebappSession {

  private final TestRestTemplate http;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrfToken;

  private WebappSession(TestRestTemplate http) {
    this.http = http;
  }

  public static WebappSession signIn(TestRestTemplate http, String user, String password) {
    WebappSession session = new WebappSession(http);
    session.exchange(HttpMethod.GET, "/camunda/app/tasklist/", null, null);
    ResponseEntity<String> login =
        session.exchange(
            HttpMethod.POST,
            "/camunda/api/admin/auth/user/default/login/tasklist",
            "username=" + user + "&password=" + password,
            MediaType.APPLICATION_FORM_URLENCODED);
    if (!login.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("webapp login failed: " + login);
    }
    // Sign-in starts a new session; its CSRF token comes with the next read, as in the browser.
    session.exchange(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, null);
    return session;
  }

  public ResponseEntity<String> postJson(String path, String json) {
    return exchange(HttpMethod.POST, path, json, MediaType.APPLICATION_JSON);
  }

  /**
   * A JSON post that asks for the given media type, e.g. {@code application/hal+json} as Tasklist
   * does.
   */
  public ResponseEntity<String> postJson(String path, String json, MediaType accept) {
    HttpHeaders headers = headers(MediaType.APPLICATION_JSON);
    if (accept != null) {
      headers.setAccept(List.of(accept));
    }
    ResponseEntity<String> response =
        http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
    remember(response);
    return response;
  }

  public ResponseEntity<String> postJsonWithoutCsrfToken(String path, String json) {
    HttpHeaders headers = headers(MediaType.APPLICATION_JSON);
    headers.remove("X-XSRF-TOKEN");
    return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
  }

  /**
   * A form with a file, as a browser sends a page's multipart form ({@link DocumentForms#encoded}),
   * without the webapps' CSRF header (our pages' forms carry a token of their own).
   */
  public ResponseEntity<String> postMultipart(String path, MultiValueMap<String, Object> parts) {
    return postMultipart(path, parts, null);
  }

  /**
   * The same form, asking for the answer as {@code accept} (Tasklist's 첨부 문서 tab asks for JSON), or
   * as the test client's default when null.
   */
  public ResponseEntity<String> postMultipart(
      String path, MultiValueMap<String, Object> parts, MediaType accept) {
    return multipart(path, parts, accept, false);
  }

  /** A form with a file to the webapps' engine API, with its CSRF header, as the webapps send. */
  public ResponseEntity<String> postMultipartToEngineApi(
      String path, MultiValueMap<String, Object> parts) {
    return multipart(path, parts, null, true);
  }

  private ResponseEntity<String> multipart(
      String path, MultiValueMap<String, Object> parts, MediaType accept, boolean csrfHeader) {
    HttpHeaders headers = headers(null);
    if (!csrfHeader) {
      headers.remove("X-XSRF-TOKEN");
    }
    if (accept != null) {
      headers.setAccept(List.of(accept));
    }
    ResponseEntity<String> response =
        http.exchange(path, HttpMethod.POST, DocumentForms.encoded(parts, headers), String.class);
    remember(response);
    return response;
  }

  /** A download, as bytes. */
  public ResponseEntity<byte[]> download(String path) {
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(null, headers(null)), byte[].class);
  }

  public ResponseEntity<String> exchange(
      HttpMethod method, String path, String body, MediaType type) {
    ResponseEntity<String> response =
        http.exchange(path, method, new HttpEntity<>(body, headers(type)), String.class);
    remember(response);
    return response;
  }

  private HttpHeaders headers(MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    if (type != null) {
      headers.setContentType(type);
    }
    if (!cookies.isEmpty()) {
      headers.add(
          HttpHeaders.COOKIE,
          cookies.entrySet().stream()
              .map(c -> c.getKey() + "=" + c.getValue())
              .collect(Collectors.joining("; ")));
    }
    if (csrfToken != null) {
      headers.add("X-XSRF-TOKEN", csrfToken);
    }
    return headers;
  }

  private void remember(ResponseEntity<String> response) {
    List<String> setCookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    for (String setCookie : setCookies) {
      String pair = setCookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    String token = response.getHeaders().getFirst("X-XSRF-TOKEN");
    if (token != null) {
      csrfToken = token;
    } else if (cookies.containsKey("XSRF-TOKEN")) {
      csrfToken = cookies.get("XSRF-TOKEN");
    }
  }
}
