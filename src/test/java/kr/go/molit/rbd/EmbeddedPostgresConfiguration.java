package kr.go.molit.rbd;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL server (zonky's binaries, PostgreSQL 17), initialised as production's, as a
 * bean of the test context: Spring closes the engine and the pool before the server, so nothing
 * talks to a stopped database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    // The cluster as production's is made (docker-compose.yml's POSTGRES_INITDB_ARGS: its
    // collation).
    ProductionPostgres.initdbOptions().forEach(builder::setLocaleConfig);
    return builder.setRegisterShutdownHook(false).setServerConfig("max_connections", "60").start();
  }

  /**
   * The pool as the postgres profile configures it (spring.datasource.hikari: pool size, driver
   * properties), pointed at the embedded server.
   */
  @Bean(destroyMethod = "close")
  @ConfigurationProperties("spring.datasource.hikari")
  HikariDataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource dataSource =
        DataSourceBuilder.create()
            .type(HikariDataSource.class)
            .url(postgres.getJdbcUrl("postgres", "postgres"))
            .username("postgres")
            .password("postgres")
            .build();
    dataSource.setPoolName("rbd-test-postgres");
    return dataSource;
  }
}
