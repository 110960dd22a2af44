package kr.go.molit.rbd.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The server as {@code mvn spring-boot:run} first starts it, on an empty H2 database (in memory):
 * with the demo petitions and Forum session, which the shared {@code OnH2} server leaves out. Test
 * classes with this annotation share one context; it stays cached like the others, since closing it
 * would take the engine named "default" out of Camunda's registry under the other cached servers'
 * webapps.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:rbd-demo;DB_CLOSE_DELAY=-1")
@AutoConfigureObservability
@interface OnDemoServer {}
