package kr.go.molit.rbd.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import kr.go.molit.rbd.api.EngineConflicts;
import kr.go.molit.rbd.api.InEveryJerseyApplication;
import kr.go.molit.rbd.support.Causes;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Engine REST answers 400, not 500, when the engine refuses what the caller sent. Some resources
 * (submit-form, start, variables) wrap every engine exception in a 500, even a {@link
 * BadUserRequestException} from our input checks, a start form's field check that a plain {@code
 * start} runs too ({@link FormFieldValidationException}, naming the field) or the engine's refusal
 * of Java serialization; a 500 tells monitoring the server is broken when only the request was.
 * Registered on both mounts: {@code /engine-rest} and the webapps' {@code /camunda/api/engine}. A
 * conflict with another official's change answers 409 ({@link EngineConflicts}).
 */
@Priority(Priorities.USER - 1000)
class ClientInputErrors implements ExceptionMapper<RestException> {

  /** The engine's "Java serialization format is prohibited" (a plain ProcessEngineException). */
  static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

  @Override
  public Response toResponse(RestException exception) {
    Response conflict = EngineConflicts.conflict(exception);
    if (conflict != null) {
      return conflict;
    }
    Throwable cause = clientCause(exception);
    if (exception.getStatus() == null
        || exception.getStatus().getStatusCode() < 500
        || cause == null) {
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", cause.getClass().getSimpleName(), "message", cause.getMessage()))
        .build();
  }

  private static Throwable clientCause(Throwable exception) {
    return Causes.first(
        exception.getCause(),
        ProcessEngineException.class,
        e ->
            e instanceof BadUserRequestException
                || e instanceof FormFieldValidationException
                || String.valueOf(e.getMessage()).contains(JAVA_SERIALIZATION_PROHIBITED));
  }

  /** Registers this mapper in both engine APIs (see {@link InEveryJerseyApplication}). */
  public static final class EveryJerseyApplication extends InEveryJerseyApplication {

    public EveryJerseyApplication() {
      super(ClientInputErrors.class);
    }
  }
}
