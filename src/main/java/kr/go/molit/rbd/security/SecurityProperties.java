package kr.go.molit.rbd.security;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits that hold before a request reaches the engine.
 *
 * @param maxBody the largest request body other than multipart (JSON, forms)
 * @param maxMultipartBody the largest multipart request (deployments, file variables)
 */
@Validated
@ConfigurationProperties("rbd.security")
record SecurityProperties(@NotNull DataSize maxBody, @NotNull DataSize maxMultipartBody) {}
