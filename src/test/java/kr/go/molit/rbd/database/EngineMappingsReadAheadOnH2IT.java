package kr.go.molit.rbd.database;

import kr.go.molit.rbd.OnH2;

@OnH2
class EngineMappingsReadAheadOnH2IT extends EngineMappingsReadAheadChecks {}
