-- Forum agenda membership: which open forum session holds which petition. The petition number is
-- the key, so two sessions never hold the same petition; a row goes when the session gives the
-- petition back (deferred, 보류) or delivers its decision.
CREATE TABLE rbd_forum_agenda (
  petition_number VARCHAR(32) NOT NULL PRIMARY KEY,
  session_id      VARCHAR(64) NOT NULL,
  claimed_at      TIMESTAMP   NOT NULL
);
CREATE INDEX rbd_forum_agenda_session ON rbd_forum_agenda (session_id);
