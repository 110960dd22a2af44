package kr.go.molit.rbd.security;

import kr.go.molit.rbd.OnH2;

@OnH2
class SecurityOnH2IT extends SecurityChecks {}
