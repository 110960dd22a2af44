-- Sent-notification ledger: one row per notification key, so a retried step never notifies twice.
CREATE TABLE rbd_notification (
  notification_key VARCHAR(200)  NOT NULL PRIMARY KEY,
  petition_number  VARCHAR(32),
  recipient_group  VARCHAR(64)   NOT NULL,
  subject          VARCHAR(300)  NOT NULL,
  body             VARCHAR(4000) NOT NULL,
  created_at       TIMESTAMP     NOT NULL
);
CREATE INDEX rbd_notification_petition ON rbd_notification (petition_number);
