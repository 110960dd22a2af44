package kr.go.molit.rbd.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Forum session settings ({@code rbd.forum.*}). The session link a petition carries is this base
 * followed by the session's process instance id: by default the session's history in the engine's
 * REST API, which outlives the running instance and lists the minutes among its variables. The
 * working days place the due dates of a session's tasks around its date ({@link ForumDeadlines}).
 */
@Validated
@ConfigurationProperties("rbd.forum")
public record ForumProperties(
    @DefaultValue("/engine-rest/history/process-instance/") @NotBlank String sessionLinkBase,
    @DefaultValue("5") @PositiveOrZero int agendaWorkingDaysBefore,
    @DefaultValue("2") @PositiveOrZero int approvalWorkingDaysBefore,
    @DefaultValue("5") @PositiveOrZero int recordWorkingDaysAfter) {

  String sessionLink(String sessionId) {
    return sessionLinkBase + sessionId;
  }
}
