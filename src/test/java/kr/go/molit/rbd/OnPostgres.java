package kr.go.molit.rbd;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole server in its production profile on a real PostgreSQL 17, with the demo identities
 * added (and the password policy that would refuse "demo" relaxed) so the same checks run on both
 * databases. Every test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "ADMIN_ID=demo",
      "ADMIN_PASSWORD=demo",
      "rbd.directory.demo-users=true",
      "camunda.bpm.generic-properties.properties.enable-password-policy=false"
    })
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
@AutoConfigureObservability
public @interface OnPostgres {}
