package kr.go.molit.rbd.api;

import org.springframework.http.HttpStatus;

/**
 * A refused API request: HTTP status, stable English code, Korean message, and the field if any.
 */
class ApiProblem extends RuntimeException {

  final HttpStatus status;
  final String code;
  final String field;

  ApiProblem(HttpStatus status, String code, String message, String field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }
}
