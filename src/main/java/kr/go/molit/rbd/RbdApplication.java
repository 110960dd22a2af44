package kr.go.molit.rbd;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The regional balanced development petition workflow server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RbdApplication {

  public static void main(String[] args) {
    SpringApplication.run(RbdApplication.class, args);
  }
}
