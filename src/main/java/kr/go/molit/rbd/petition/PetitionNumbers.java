package kr.go.molit.rbd.petition;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues petition numbers ({@code RP-2026-00042}) from a counter row per year. The increment runs
 * in the transaction that starts the petition and locks the row until it commits: concurrent starts
 * queue, and a start that fails gives its number back, so numbers have no gaps.
 */
@Service
public class PetitionNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate counterCreation;
  private final PetitionProperties properties;

  PetitionNumbers(
      JdbcTemplate jdbc, PlatformTransactionManager transactions, PetitionProperties properties) {
    this.jdbc = jdbc;
    this.counterCreation = new TransactionTemplate(transactions);
    this.counterCreation.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.properties = properties;
  }

  public String next(int year) {
    ensureCounter(year);
    jdbc.update(
        "UPDATE rbd_petition_counter SET last_number = last_number + 1 WHERE counter_year = ?",
        year);
    Integer number =
        jdbc.queryForObject(
            "SELECT last_number FROM rbd_petition_counter WHERE counter_year = ?",
            Integer.class,
            year);
    return format(properties.numberPrefix(), year, number);
  }

  static String format(String prefix, int year, int number) {
    return String.format("%s-%d-%05d", prefix, year, number);
  }

  /** How one year's numbers begin ({@code RP-2026-}), or every number ({@code RP-}) for null. */
  static String start(String prefix, Integer year) {
    return prefix + "-" + (year == null ? "" : year + "-");
  }

  /**
   * Creates the year's counter within the start's transaction, behind a savepoint: a concurrent
   * start that created it first makes the insert fail (on PostgreSQL once that start commits), and
   * only the savepoint is rolled back. It used to take a transaction of its own, i.e. a second
   * connection while the start held one: when as many first starts of a year as the pool has
   * connections came together, each waited for a connection none would give back, until the pool's
   * timeout failed them all (seen in the benchmark with a pool of 6 and 8 officials).
   */
  private void ensureCounter(int year) {
    Integer rows =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM rbd_petition_counter WHERE counter_year = ?",
            Integer.class,
            year);
    if (rows != null && rows > 0) {
      return;
    }
    try {
      counterCreation.executeWithoutResult(
          status ->
              jdbc.update(
                  "INSERT INTO rbd_petition_counter (counter_year, last_number) VALUES (?, 0)",
                  year));
    } catch (DuplicateKeyException createdConcurrently) {
      // another start created it first: nothing to do
    }
  }
}
