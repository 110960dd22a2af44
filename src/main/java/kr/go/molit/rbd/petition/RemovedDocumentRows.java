package kr.go.molit.rbd.petition;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Who attached a document ({@code rbd_petition_document}) goes when the document does: the engine
 * removes a petition's attachments with its history (history cleanup at the end of its time to
 * live, or an operator deleting it in Cockpit), and knows nothing of our table. No foreign key can
 * say so: on H2's first start Flyway creates our tables before the engine creates its own. Once a
 * day, and an hour after start; a row and its attachment are written in one transaction, so a
 * document being attached is never taken for a removed one.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RemovedDocumentRows {

  private static final Logger LOG = LoggerFactory.getLogger(RemovedDocumentRows.class);

  private final JdbcTemplate jdbc;

  RemovedDocumentRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Deletes the rows whose attachment the engine has removed; how many it deleted. */
  @Scheduled(initialDelayString = "PT1H", fixedDelayString = "P1D")
  int forget() {
    int forgotten =
        jdbc.update(
            "DELETE FROM rbd_petition_document WHERE NOT EXISTS"
                + " (SELECT 1 FROM ACT_HI_ATTACHMENT a WHERE a.ID_ = rbd_petition_document.attachment_id)");
    if (forgotten > 0) {
      LOG.info(
          "Forgot the authors of {} documents whose petitions' history was removed", forgotten);
    }
    return forgotten;
  }
}
