package kr.go.molit.rbd.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a submission safe to retry: the petition and its idempotency key commit together, so a
 * retry with the same key and body returns the petition it created, and never a second one.
 */
@Service
class IdempotentSubmissions {

  static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");

  /** What a submission returned: the petition, and whether this call created it. */
  record Outcome(String petitionNumber, boolean created) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  IdempotentSubmissions(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  Outcome submit(String userId, String key, String body, Supplier<String> submission) {
    if (key == null) {
      return new Outcome(transaction.execute(status -> submission.get()), true);
    }
    if (!KEY.matcher(key).matches()) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "IDEMPOTENCY_KEY_INVALID",
          "Idempotency-Key는 영문, 숫자, '-', '_', '.', ':'로 된 8~100자여야 합니다.",
          "Idempotency-Key");
    }
    String hash = sha256(body);
    Outcome earlier = earlier(userId, key, hash);
    if (earlier != null) {
      return earlier;
    }
    try {
      return transaction.execute(
          status -> {
            String number = submission.get();
            jdbc.update(
                "INSERT INTO rbd_idempotency_key (idempotency_key, user_id, request_hash, petition_number, created_at)"
                    + " VALUES (?, ?, ?, ?, ?)",
                key,
                userId,
                hash,
                number,
                Timestamp.from(Instant.now()));
            return new Outcome(number, true);
          });
    } catch (DuplicateKeyException concurrentRetry) {
      return earlier(userId, key, hash);
    }
  }

  private Outcome earlier(String userId, String key, String hash) {
    List<String[]> rows =
        jdbc.query(
            "SELECT request_hash, petition_number FROM rbd_idempotency_key"
                + " WHERE user_id = ? AND idempotency_key = ?",
            (rs, i) -> new String[] {rs.getString(1), rs.getString(2)},
            userId,
            key);
    if (rows.isEmpty()) {
      return null;
    }
    if (!rows.get(0)[0].equals(hash)) {
      throw new ApiProblem(
          HttpStatus.CONFLICT,
          "IDEMPOTENCY_KEY_REUSED",
          "같은 Idempotency-Key로 다른 내용의 건의가 이미 제출되었습니다.",
          "Idempotency-Key");
    }
    return new Outcome(rows.get(0)[1], false);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
