package kr.go.molit.rbd.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an oversized body from its declared length, before anyone reads a byte of it: Camunda's
 * REST reads JSON and its own multipart (deployments, file variables) into memory, outside Spring's
 * multipart limits. A body sent without a declared length (chunked) is read into memory only up to
 * the limit, and refused as soon as it goes past it; a chunked multipart request for Spring's own
 * handlers is refused (411, see {@link #readByJersey}).
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

  private final SecurityProperties limits;

  RequestSizeLimitFilter(SecurityProperties limits) {
    this.limits = limits;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
    long limit = limitFor(request);
    if (length > limit && length <= limit * READ_FOR_A_PAGE && pageForm(request)) {
      request.getInputStream().transferTo(OutputStream.nullOutputStream());
      tooLargePage(request, response, length, limit);
    } else if (length > limit) {
      tooLarge(response, limit);
    } else if (chunked && multipart(request) && !readByJersey(request)) {
      refuse(
          response,
          HttpServletResponse.SC_LENGTH_REQUIRED,
          "LENGTH_REQUIRED",
          "파일을 보내는 요청(multipart/form-data)에는 Content-Length를 붙여 주십시오.");
    } else if (chunked) {
      byte[] body =
          request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (body.length > limit) {
        tooLarge(response, limit);
      } else {
        chain.doFilter(new BufferedBodyRequest(request, body), response);
      }
    } else {
      chain.doFilter(request, response);
    }
  }

  private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
    refuse(
        response,
        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        "REQUEST_TOO_LARGE",
        "요청이 너무 큽니다. 최대 %s까지 받습니다.".formatted(size(limit)));
  }

  /**
   * How many times its limit a browser form to our pages may declare and still be read (and thrown
   * away, never kept) before it is refused with a page: a browser still sending when the server
   * closes the connection shows a network error instead of the answer, so an official who picked a
   * 20MB scan would not learn why. Anything larger is refused unread, as an API's is.
   */
  static final long READ_FOR_A_PAGE = 4;

  /**
   * A form a browser sends to one of our pages beside the webapps (건의's 첨부 문서), which shows the
   * answer as a page: not an API or the engine's, and asking for HTML.
   */
  private static boolean pageForm(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String accept = request.getHeader("Accept");
    return !readByJersey(request)
        && !path.startsWith("/api/")
        && accept != null
        && accept.contains("text/html");
  }

  private static void tooLargePage(
      HttpServletRequest request, HttpServletResponse response, long length, long limit)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Security-Policy", WebappPages.CSP);
    String back = request.getRequestURI();
    String referer = request.getHeader("Referer");
    String here = request.getScheme() + "://" + request.getHeader("Host") + "/";
    if (referer != null && referer.startsWith(here)) {
      back = referer.substring(here.length() - 1);
    }
    response
        .getWriter()
        .write(
            WebappPages.page("보낸 파일이 너무 큽니다", "body{font-family:sans-serif;margin:2em}")
                .append("<p>보낸 크기는 약 ")
                .append(size(length))
                .append("입니다. 한 번에 ")
                .append(size(limit))
                .append("까지 받습니다. 파일 크기를 줄이거나 나누어 다시 보내 주십시오.</p>\n<p><a href=\"")
                .append(WebappPages.escape(back))
                .append("\">돌아가기</a></p>\n")
                .append(WebappPages.end(request.getContextPath()))
                .toString());
  }

  /** A size as officials read it: 12MB, 15.3MB; below a megabyte in bytes. */
  static String size(long bytes) {
    long mb = 1024 * 1024;
    if (bytes < mb) {
      return bytes + "바이트";
    }
    String text = String.format(Locale.ROOT, "%.1f", bytes / (double) mb);
    return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "MB";
  }

  private long limitFor(HttpServletRequest request) {
    return (multipart(request) ? limits.maxMultipartBody() : limits.maxBody()).toBytes();
  }

  private static boolean multipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
  }

  /**
   * Camunda's REST (and the webapps' engine API) read a multipart body from the stream this filter
   * hands on, so a chunked one read ahead still arrives whole. Spring's multipart handling (our
   * pages' and API's documents) asks Tomcat for the parts, which Tomcat reads from the connection
   * itself, already drained: it would find no file, so such a request is refused as 411 instead.
   */
  private static boolean readByJersey(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
  }

  private static void refuse(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    response.setStatus(status);
    response.setHeader("Connection", "close");
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write("{\"type\":\"" + code + "\",\"message\":\"" + message + "\"}");
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
        SecurityProperties limits) {
      FilterRegistrationBean<RequestSizeLimitFilter> registration =
          new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits));
      registration.setName("rbd-request-size-limit");
      registration.setOrder(SecurityFilterOrder.SIZE_LIMIT);
      return registration;
    }
  }
}
