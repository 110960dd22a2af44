package kr.go.molit.rbd.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the directory file is, and whether its demo identities (password "demo") are created: true
 * in the default profile, false in production.
 */
@ConfigurationProperties("rbd.directory")
public record DirectoryProperties(
    @DefaultValue("classpath:directory/directory.yaml") Resource location,
    @DefaultValue("false") boolean demoUsers) {}
