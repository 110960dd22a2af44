-- Forum decision delivery ledger: one row per petition whose decision was delivered, written in
-- the same transaction as the ForumDecision correlation, so a decision is applied exactly once.
CREATE TABLE rbd_forum_delivery (
  petition_number VARCHAR(32) NOT NULL PRIMARY KEY,
  session_id      VARCHAR(64) NOT NULL,
  forum_decision  VARCHAR(16) NOT NULL,
  delivered_at    TIMESTAMP   NOT NULL
);
CREATE INDEX rbd_forum_delivery_session ON rbd_forum_delivery (session_id);
