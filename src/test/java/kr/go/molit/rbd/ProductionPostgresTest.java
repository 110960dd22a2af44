package kr.go.molit.rbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductionPostgresTest {

  @Test
  void theBenchmarkReadsTheSettingsProductionStartsPostgresWith() {
    assertThat(ProductionPostgres.settings())
        .containsKeys("shared_buffers", "max_wal_size", "checkpoint_timeout", "random_page_cost")
        .doesNotContainKey("synchronous_commit");
  }

  @Test
  void onlyTheArgumentsAfterDashCCount() {
    String compose =
        """
        services:
          db:
            image: postgres:17
            command: [postgres, -c, shared_buffers=1GB, --port=5432, -c, "work_mem=8MB"]
        """;
    assertThat(ProductionPostgres.settings(compose))
        .containsExactly(
            java.util.Map.entry("shared_buffers", "1GB"), java.util.Map.entry("work_mem", "8MB"));
  }

  @Test
  void aCommandTheBenchmarkCannotReadFailsInsteadOfMeasuringDefaults() {
    assertThatThrownBy(
            () -> ProductionPostgres.settings("services:\n  db:\n    command: postgres -c a=b\n"))
        .hasMessageContaining("services.db.command");
    assertThatThrownBy(
            () -> ProductionPostgres.settings("services:\n  db:\n    command: [postgres, -c]\n"))
        .hasMessageContaining("'-c' without name=value");
  }

  @Test
  void theClusterIsMadeWithProductionsCollation() {
    assertThat(ProductionPostgres.initdbOptions())
        .containsEntry("locale-provider", "builtin")
        .containsEntry("builtin-locale", "C.UTF-8");
  }

  @Test
  void initdbOptionsAreReadAsNameValueWordsAndAnythingElseFails() {
    String compose =
        """
        services:
          db:
            command: [postgres]
            environment:
              POSTGRES_INITDB_ARGS: "--locale-provider=builtin  --builtin-locale=C.UTF-8"
        """;
    assertThat(ProductionPostgres.initdbOptions(compose))
        .containsExactly(
            java.util.Map.entry("locale-provider", "builtin"),
            java.util.Map.entry("builtin-locale", "C.UTF-8"));
    assertThat(ProductionPostgres.initdbOptions("services:\n  db:\n    command: [postgres]\n"))
        .isEmpty();
    assertThatThrownBy(
            () ->
                ProductionPostgres.initdbOptions(
                    "services:\n  db:\n    environment:\n      POSTGRES_INITDB_ARGS: \"-E UTF8\"\n"))
        .hasMessageContaining("'-E' is not --name=value");
  }
}
