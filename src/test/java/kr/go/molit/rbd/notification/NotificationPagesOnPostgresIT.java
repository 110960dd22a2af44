package kr.go.molit.rbd.notification;

import kr.go.molit.rbd.OnPostgres;

@OnPostgres
class NotificationPagesOnPostgresIT extends NotificationPagesChecks {}
