package kr.go.molit.rbd.api;

import kr.go.molit.rbd.OnPostgres;

@OnPostgres
class FilterPageOnPostgresIT extends FilterPageChecks {}
