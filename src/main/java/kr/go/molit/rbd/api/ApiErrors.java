package kr.go.molit.rbd.api;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the project's API as problem+json: a Korean {@code detail}, a stable English {@code
 * code}, and the {@code field} when one field is at fault. Never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

  static ProblemDetail problem(HttpStatus status, String code, String detail, String field) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setProperty("code", code);
    if (field != null) {
      problem.setProperty("field", field);
    }
    return problem;
  }

  @ExceptionHandler
  ProblemDetail refused(ApiProblem e) {
    return problem(e.status, e.code, e.getMessage(), e.field);
  }

  @ExceptionHandler
  ProblemDetail invalidField(FormFieldValidationException e) {
    Object field = e.getDetail();
    return problem(
        HttpStatus.BAD_REQUEST,
        "FIELD_INVALID",
        e.getMessage(),
        field == null ? null : field.toString());
  }

  @ExceptionHandler
  ProblemDetail forbidden(AuthorizationException e) {
    return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "이 작업을 할 권한이 없습니다.", null);
  }

  @ExceptionHandler
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "MALFORMED_REQUEST",
        "요청 본문을 읽을 수 없습니다. JSON 형식과 항목 이름, 값의 형식을 확인하십시오.",
        null);
  }

  @ExceptionHandler
  ProblemDetail unsupported(HttpMediaTypeNotSupportedException e) {
    return problem(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "UNSUPPORTED_MEDIA_TYPE",
        "요청 본문은 application/json 이어야 합니다.",
        null);
  }
}
