-- 알림함 (NotificationPages) lists a group's latest notifications, newest first.
CREATE INDEX rbd_notification_recipient ON rbd_notification (recipient_group, created_at);
