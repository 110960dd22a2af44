package kr.go.molit.rbd;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The whole server in its production profile on a real PostgreSQL 17. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
      TestDatabases.POSTGRES_ADMIN_ID,
      TestDatabases.POSTGRES_ADMIN_PASSWORD,
      TestDatabases.POSTGRES_DEMO_USERS,
      TestDatabases.POSTGRES_DEMO_PASSWORDS
    })
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class ServerOnPostgresIT extends ServerContractChecks {}
