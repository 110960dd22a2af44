package kr.go.molit.rbd.notification;

import java.time.Instant;

/**
 * A notification to a group, in Korean. The key makes sending idempotent: the same key is recorded
 * (and sent) once, however often the step that sends it is retried. {@code mailedAt} and {@code
 * mailGivenUpAt}: when it was mailed, or given up (both null while it waits, or without mail).
 */
public record Notification(
    String key,
    String petitionNumber,
    String recipientGroup,
    String subject,
    String body,
    Instant createdAt,
    Instant mailedAt,
    Instant mailGivenUpAt) {

  /**
   * The subject of a notice about a petition, "[지역 건의 RP-2026-00042] 보완 요청": one form for all, by
   * which officials sort and filter these mails.
   */
  public static String aboutPetition(String petitionNumber, String topic) {
    return "[지역 건의 " + petitionNumber + "] " + topic;
  }
}
