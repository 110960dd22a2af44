package kr.go.molit.rbd.notification;

import kr.go.molit.rbd.OnH2;

@OnH2
class NotificationPagesOnH2IT extends NotificationPagesChecks {}
