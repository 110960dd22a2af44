-- Delivery of the ledger's notifications by mail (NotificationMailer): a notification is waiting
-- while it has neither sent_at nor gave_up_at; attempts counts the tries (each claimed by raising
-- it), next_attempt_at holds a try back after a failure or while one is under way, last_error
-- keeps the latest failure or the reason it was given up.
ALTER TABLE rbd_notification ADD COLUMN sent_at TIMESTAMP;
ALTER TABLE rbd_notification ADD COLUMN gave_up_at TIMESTAMP;
ALTER TABLE rbd_notification ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE rbd_notification ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE rbd_notification ADD COLUMN last_error VARCHAR(500);
CREATE INDEX rbd_notification_waiting ON rbd_notification (sent_at, gave_up_at, created_at);
