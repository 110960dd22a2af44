-- When each official last opened 알림함: the notifications to their organisations that came after
-- are new to them, and Tasklist's top bar counts them (notification/SeenNotifications).
CREATE TABLE rbd_notification_seen (
  user_id VARCHAR(255) NOT NULL PRIMARY KEY,
  seen_at TIMESTAMP    NOT NULL
);
