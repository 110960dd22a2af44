package kr.go.molit.rbd.database;

import kr.go.molit.rbd.OnPostgres;

@OnPostgres
class JobDueDatesOnPostgresIT extends JobDueDatesChecks {}
