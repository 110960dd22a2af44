package kr.go.molit.rbd.directory;

import kr.go.molit.rbd.OnPostgres;

@OnPostgres
class IsolationMatrixOnPostgresIT extends IsolationMatrixChecks {}
