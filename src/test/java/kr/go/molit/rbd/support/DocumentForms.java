package kr.go.molit.rbd.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The multipart form that attaches a document to a petition, as a browser or a system sends it. */
public final class DocumentForms {

  private DocumentForms() {}

  /** A form with the file {@code fileName} holding {@code content}, and its description if any. */
  public static MultiValueMap<String, Object> document(
      String fileName, byte[] content, String description) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(
        "file",
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    if (description != null) {
      parts.add("description", description);
    }
    return parts;
  }

  /**
   * A page's form: the document, and the session's form token our pages and Tasklist's tab send.
   */
  public static MultiValueMap<String, Object> document(
      String token, String fileName, byte[] content, String description) {
    MultiValueMap<String, Object> parts = document(fileName, content, description);
    parts.add("token", token);
    return parts;
  }

  /**
   * The form encoded with its length, as a browser sends it (our request size filter reads a body
   * of unknown length ahead, and Tomcat then finds no parts in it), with these headers and its
   * content type.
   */
  public static HttpEntity<byte[]> encoded(
      MultiValueMap<String, Object> parts, HttpHeaders headers) {
    MockHttpOutputMessage body = new MockHttpOutputMessage();
    try {
      new FormHttpMessageConverter().write(parts, MediaType.MULTIPART_FORM_DATA, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    headers.setContentType(body.getHeaders().getContentType());
    return new HttpEntity<>(body.getBodyAsBytes(), headers);
  }
}
