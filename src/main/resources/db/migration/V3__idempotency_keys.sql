-- Idempotency keys of POST /api/petitions: a retried submission returns the petition it created.
CREATE TABLE rbd_idempotency_key (
  idempotency_key VARCHAR(100) NOT NULL,
  user_id         VARCHAR(64)  NOT NULL,
  request_hash    VARCHAR(64)  NOT NULL,
  petition_number VARCHAR(32)  NOT NULL,
  created_at      TIMESTAMP    NOT NULL,
  PRIMARY KEY (user_id, idempotency_key)
);
