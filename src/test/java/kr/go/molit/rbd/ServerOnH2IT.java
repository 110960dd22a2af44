package kr.go.molit.rbd;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The whole server on H2, as {@code mvn spring-boot:run} starts it (in memory instead of a file). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = TestDatabases.H2)
class ServerOnH2IT extends ServerContractChecks {}
