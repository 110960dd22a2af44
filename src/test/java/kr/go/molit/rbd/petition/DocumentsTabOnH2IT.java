package kr.go.molit.rbd.petition;

import kr.go.molit.rbd.OnH2;

@OnH2
class DocumentsTabOnH2IT extends DocumentsTabChecks {}
