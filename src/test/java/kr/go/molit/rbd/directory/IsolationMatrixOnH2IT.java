package kr.go.molit.rbd.directory;

import kr.go.molit.rbd.OnH2;

@OnH2
class IsolationMatrixOnH2IT extends IsolationMatrixChecks {}
