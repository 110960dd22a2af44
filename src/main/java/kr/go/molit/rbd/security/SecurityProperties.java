package kr.go.molit.rbd.security;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits that hold before a request reaches the engine.
 *
 * @param maxBody the largest request body other than multipart (JSON, forms)
 * @param maxMultipartBody the largest multipart request (deployments, file variables)
 * @param signInCacheTtl how long a REST caller's checked sign-in is kept ({@link SignInCache});
 *     {@code 0s} checks the password and reads the memberships on every request
 */
@Validated
@ConfigurationProperties("rbd.security")
record SecurityProperties(
    @NotNull DataSize maxBody,
    @NotNull DataSize maxMultipartBody,
    @DefaultValue("60s") Duration signInCacheTtl) {}
