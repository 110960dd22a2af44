package kr.go.molit.rbd.forum;

import kr.go.molit.rbd.OnH2;

@OnH2
class ForumSessionOnH2IT extends ForumSessionChecks {}
