-- Petition numbers (RP-<year>-<nnnnn>): one counter row per year, advanced inside the
-- transaction that starts the petition, so a failed start gives its number back (no gaps).
CREATE TABLE rbd_petition_counter (
  counter_year INTEGER NOT NULL PRIMARY KEY,
  last_number  INTEGER NOT NULL
);
