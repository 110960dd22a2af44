package kr.go.molit.rbd;

@OnPostgres
class ServerOnPostgresIT extends ServerContractChecks {}
