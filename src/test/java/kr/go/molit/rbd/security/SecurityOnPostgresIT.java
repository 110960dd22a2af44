package kr.go.molit.rbd.security;

import kr.go.molit.rbd.OnPostgres;

@OnPostgres
class SecurityOnPostgresIT extends SecurityChecks {}
