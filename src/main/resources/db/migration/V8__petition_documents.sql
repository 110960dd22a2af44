-- 첨부 문서: who attached each of a petition's documents, and how large it is. The document itself
-- is the engine's attachment of the petition's process instance (ACT_HI_ATTACHMENT, its bytes in
-- ACT_GE_BYTEARRAY), removed with the petition's history; the engine records no author for it.
CREATE TABLE rbd_petition_document (
  attachment_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)  NOT NULL,
  attached_by         VARCHAR(255) NOT NULL,
  size_bytes          BIGINT       NOT NULL
);
CREATE INDEX rbd_petition_document_instance ON rbd_petition_document (process_instance_id);
