package kr.go.molit.rbd.directory;

import kr.go.molit.rbd.OnH2;

@OnH2
class DirectoryOnH2IT extends DirectoryChecks {}
