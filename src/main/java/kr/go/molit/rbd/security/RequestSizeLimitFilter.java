package kr.go.molit.rbd.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
    if (length > limit) {
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
        "요청이 너무 큽니다. 최대 %d바이트까지 받습니다.".formatted(limit));
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
