package kr.go.molit.rbd.petition;

import kr.go.molit.rbd.OnH2;

@OnH2
class PetitionDocumentsOnH2IT extends PetitionDocumentsChecks {}
