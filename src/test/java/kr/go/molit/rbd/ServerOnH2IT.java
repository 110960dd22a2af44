package kr.go.molit.rbd;

@OnH2
class ServerOnH2IT extends ServerContractChecks {}
