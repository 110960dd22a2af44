package kr.go.molit.rbd;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL server (zonky's binaries, PostgreSQL 17) as a bean of the test context: Spring
 * closes the engine and the pool before the server, so nothing talks to a stopped database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    return EmbeddedPostgres.builder()
        .setRegisterShutdownHook(false)
        .setServerConfig("max_connections", "60")
        .start();
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setPassword("postgres");
    config.setMaximumPoolSize(12);
    config.setPoolName("rbd-test-postgres");
    return new HikariDataSource(config);
  }
}
