package kr.go.molit.rbd;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole server on H2, as {@code mvn spring-boot:run} starts it (in memory instead of a file),
 * without the demo petitions, so each test starts from the petitions it makes itself ({@code
 * demo.DemoPetitionsIT} starts its own server with them). Every test class with this annotation
 * shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:rbd-it;DB_CLOSE_DELAY=-1",
      "rbd.demo.petitions=false"
    })
@AutoConfigureObservability
public @interface OnH2 {}
