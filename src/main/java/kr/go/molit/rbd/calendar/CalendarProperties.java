package kr.go.molit.rbd.calendar;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * The working-day calendar ({@code rbd.calendar.*}): where the list of government offices' days off
 * is read from. Operators keep it up to date as holidays are declared.
 */
@Validated
@ConfigurationProperties("rbd.calendar")
public record CalendarProperties(
    @DefaultValue("classpath:calendar/holidays.yaml") @NotNull Resource holidays) {}
