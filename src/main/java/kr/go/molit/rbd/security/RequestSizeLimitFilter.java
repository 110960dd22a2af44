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
 * multipart limits. A body without a declared length is refused too (411), since it could only be
 * measured by reading it; browsers and ordinary REST clients always declare it.
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
    if (chunked) {
      refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED, "LENGTH_REQUIRED",
          "요청 본문의 길이(Content-Length)를 밝혀 주십시오.");
    } else if (length > limitFor(request)) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "REQUEST_TOO_LARGE",
          "요청이 너무 큽니다. 최대 %d바이트까지 받습니다.".formatted(limitFor(request)));
    } else {
      chain.doFilter(request, response);
    }
  }

  private long limitFor(HttpServletRequest request) {
    String type = request.getContentType();
    boolean multipart = type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
    return (multipart ? limits.maxMultipartBody() : limits.maxBody()).toBytes();
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
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(SecurityProperties limits) {
      FilterRegistrationBean<RequestSizeLimitFilter> registration =
          new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits));
      registration.setName("rbd-request-size-limit");
      registration.setOrder(SecurityFilterOrder.SIZE_LIMIT);
      return registration;
    }
  }
}
