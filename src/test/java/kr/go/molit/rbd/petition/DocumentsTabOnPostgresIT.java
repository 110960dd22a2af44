package kr.go.molit.rbd.petition;

import kr.go.molit.rbd.OnPostgres;

@OnPostgres
class DocumentsTabOnPostgresIT extends DocumentsTabChecks {}
