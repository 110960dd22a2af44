package kr.go.molit.rbd;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A process test: the real engine, models, delegates and directory on in-memory H2, without the job
 * executor, so a test runs jobs and timers itself. All process tests share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = WebEnvironment.MOCK,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:rbd-process;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "rbd.demo.petitions=false"
    })
public @interface ProcessTest {}
