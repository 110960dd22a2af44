package kr.go.molit.rbd.api;

import kr.go.molit.rbd.OnH2;

@OnH2
class FilterPageOnH2IT extends FilterPageChecks {}
