package kr.go.molit.rbd.bench;

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
    String compose = """
        services:
          db:
            image: postgres:17
            command: [postgres, -c, shared_buffers=1GB, --port=5432, -c, "work_mem=8MB"]
        """;
    assertThat(ProductionPostgres.settings(compose))
        .containsExactly(java.util.Map.entry("shared_buffers", "1GB"), java.util.Map.entry("work_mem", "8MB"));
  }

  @Test
  void aCommandTheBenchmarkCannotReadFailsInsteadOfMeasuringDefaults() {
    assertThatThrownBy(() -> ProductionPostgres.settings("services:\n  db:\n    command: postgres -c a=b\n"))
        .hasMessageContaining("services.db.command");
    assertThatThrownBy(() -> ProductionPostgres.settings("services:\n  db:\n    command: [postgres, -c]\n"))
        .hasMessageContaining("'-c' without name=value");
  }
}
