package kr.go.molit.rbd.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Whether the demo petitions are carried through the process at the first start of an empty
 * database (true in the default profile, never in production), where they are described, and how
 * long one step may wait for its task (the process's asynchronous steps run on the job executor).
 */
@ConfigurationProperties("rbd.demo")
public record DemoProperties(
    @DefaultValue("false") boolean petitions,
    @DefaultValue("classpath:demo/petitions.yaml") Resource location,
    @DefaultValue("60s") Duration stepTimeout) {}
