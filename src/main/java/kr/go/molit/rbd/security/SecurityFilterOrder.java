package kr.go.molit.rbd.security;

import org.springframework.core.Ordered;

/**
 * Where our servlet filters stand: headers first, then the size limit (before anything reads a
 * body), then authentication, before anything else.
 */
final class SecurityFilterOrder {

  static final int HEADERS = Ordered.HIGHEST_PRECEDENCE + 10;
  static final int SIZE_LIMIT = Ordered.HIGHEST_PRECEDENCE + 15;
  static final int AUTHENTICATION = Ordered.HIGHEST_PRECEDENCE + 20;
  static final int OPERATOR_ENDPOINTS = Ordered.HIGHEST_PRECEDENCE + 30;

  private SecurityFilterOrder() {}
}
