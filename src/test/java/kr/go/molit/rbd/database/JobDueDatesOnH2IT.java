package kr.go.molit.rbd.database;

import kr.go.molit.rbd.OnH2;

@OnH2
class JobDueDatesOnH2IT extends JobDueDatesChecks {}
