package kr.go.molit.rbd.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The initial administrator. In the {@code postgres} profile the password comes from {@code
 * ADMIN_PASSWORD}; without it the server refuses to start.
 */
@Validated
@ConfigurationProperties("rbd.admin")
public record AdminProperties(
    @NotBlank String id,
    @NotBlank(message = "must be set: give the initial administrator's password in ADMIN_PASSWORD")
        String password,
    @NotBlank String firstName,
    @NotBlank String lastName,
    @Email String email) {

  @Override
  public String toString() {
    return "AdminProperties[id=" + id + ", password=****]";
  }
}
