package kr.go.molit.rbd.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kr.go.molit.rbd.RbdApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A misconfigured production server stops at start with one message naming the cause. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

  static SpringApplicationBuilder postgresProfile(String... properties) {
    return new SpringApplicationBuilder(RbdApplication.class)
        .web(WebApplicationType.NONE)
        .profiles("postgres")
        .properties(properties);
  }

  @Test
  void refusesToStartWithoutAdminPassword(CapturedOutput output) {
    assertThatThrownBy(
            () ->
                postgresProfile(
                        "DB_URL=jdbc:h2:mem:no-admin-password", "DB_USER=sa", "ADMIN_PASSWORD=")
                    .run())
        .isNotNull();
    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains("rbd.admin.password")
        .contains("ADMIN_PASSWORD");
  }

  @Test
  void refusesToStartOnAnUnreachableDatabase(CapturedOutput output) {
    assertThatThrownBy(
            () ->
                postgresProfile(
                        "DB_URL=jdbc:postgresql://127.0.0.1:1/rbd",
                        "DB_USER=rbd",
                        "DB_PASSWORD=x",
                        "ADMIN_PASSWORD=Str0ng-enough!",
                        "spring.datasource.hikari.connection-timeout=2000")
                    .run())
        .isNotNull();
    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains("Cannot use the database at 'jdbc:postgresql://127.0.0.1:1/rbd'");
  }
}
