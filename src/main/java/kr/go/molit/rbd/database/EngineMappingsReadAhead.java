package kr.go.molit.rbd.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The engine's MyBatis mappings read on a thread of their own while Spring builds everything else.
 *
 * <p>Reading Camunda's 55 mapping files is the largest single step of a start: about 3 of the 10-11
 * seconds on a 2-core machine (JFR: half of the main thread's samples until the engine is built,
 * most of them in MyBatis's XPath lookups and its copies of {@code <include>} fragments). Nothing
 * in it depends on the rest of the start but the database type and the table prefix, and during the
 * start the second core is two-thirds idle. So, as soon as Spring has read the configuration, this
 * listener starts reading the mappings for the type the datasource URL names; the engine's
 * configuration ({@link ReadAheadEngineConfiguration}) takes the result where it would parse them
 * itself, if it was read for the same type and prefix the engine then finds, and parses them itself
 * otherwise (a URL that names no known type, a datasource of another kind, a failed read). The
 * result is the engine's own parse: same resource, same properties, same MyBatis calls.
 *
 * <p>Registered in {@code META-INF/spring.factories}, so every {@link SpringApplication} start (the
 * server, tests, the startup probe) gets it; a start that fails or makes no engine drops its read.
 */
public final class EngineMappingsReadAhead implements ApplicationListener<SpringApplicationEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(EngineMappingsReadAhead.class);

  /** A read started for a start that has not reached its context yet. */
  private static final Map<SpringApplication, Read> STARTED = new ConcurrentHashMap<>();

  @Override
  public void onApplicationEvent(SpringApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      Read read = start(prepared.getEnvironment());
      if (read != null) {
        STARTED.put(event.getSpringApplication(), read);
      }
    } else if (event instanceof ApplicationPreparedEvent prepared) {
      Read read = STARTED.remove(event.getSpringApplication());
      if (read != null) {
        prepared.getApplicationContext().getBeanFactory().registerSingleton(Read.BEAN_NAME, read);
      }
    } else if (event instanceof ApplicationFailedEvent) {
      STARTED.remove(event.getSpringApplication());
    }
  }

  /** Starts a read for the database the environment names, or returns null where it names none. */
  static Read start(ConfigurableEnvironment environment) {
    String databaseType;
    String prefix;
    try {
      databaseType =
          databaseType(
              environment.getProperty("camunda.bpm.database.type"),
              environment.getProperty("spring.datasource.url"));
      prefix = environment.getProperty("camunda.bpm.database.table-prefix", "");
    } catch (IllegalArgumentException unresolvable) {
      return null; // a placeholder only the context can fill: the engine reads its mappings itself
    }
    if (databaseType == null) {
      return null;
    }
    Properties properties = engineProperties(databaseType, prefix);
    Read read = new Read(databaseType, prefix, () -> parse(properties));
    Thread thread = new Thread(read::run, "rbd-mappings-read-ahead");
    thread.setDaemon(true);
    thread.start();
    return read;
  }

  /**
   * The engine's name for the database: the type configured for the engine, else the one the JDBC
   * URL names (only the two this server runs on), else null.
   */
  static String databaseType(String configured, String url) {
    if (configured != null && !configured.isBlank()) {
      return configured.trim().toLowerCase(Locale.ROOT);
    }
    if (url == null) {
      return null;
    }
    String lower = url.trim().toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:")) {
      return "h2";
    }
    if (lower.startsWith("jdbc:postgresql:")) {
      return "postgres";
    }
    return null;
  }

  /**
   * The properties {@code ProcessEngineConfigurationImpl.initSqlSessionFactory} gives the parse for
   * an engine of its own (no shared session factory): the table prefix and the database's limit
   * clauses. Computed on the starting thread, so the engine's configuration and logger classes are
   * initialised there before the reading thread needs them (two threads initialising classes that
   * refer to each other in their static fields can wait on each other forever).
   */
  static Properties engineProperties(String databaseType, String prefix) {
    Properties properties = new Properties();
    properties.put("prefix", prefix);
    ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(
        properties, prefix, databaseType);
    return properties;
  }

  /**
   * Parses the engine's mappings as {@code initSqlSessionFactory} does: the same resource, read as
   * the engine reads it, with the same properties. The engine sets the environment, the statement
   * timeout and the executor type afterwards ({@link ReadAheadEngineConfiguration}); the parse
   * reads none of them (the mappings declare no environments and no database id provider).
   */
  static Configuration parse(Properties properties) {
    InputStream mappings =
        ReflectUtil.getResourceAsStream(
            ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
    try (Reader reader =
        new InputStreamReader(Objects.requireNonNull(mappings, "the engine's mappings.xml"))) {
      return new XMLConfigBuilder(reader, "", properties).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One start's read: for which database type and prefix, and its result until an engine has
   * decided on it (after that the read holds nothing, so a read the engine refused is not kept for
   * the life of the context).
   */
  public static final class Read {

    static final String BEAN_NAME = "rbdEngineMappingsReadAhead";

    private final String databaseType;
    private final String prefix;
    private final Supplier<Configuration> parse;

    /** The read's result; dropped once the engine has it or has refused it. */
    private volatile CompletableFuture<Configuration> result = new CompletableFuture<>();

    private final AtomicBoolean decided = new AtomicBoolean();
    private volatile boolean taken;

    Read(String databaseType, String prefix, Supplier<Configuration> parse) {
      this.databaseType = databaseType;
      this.prefix = prefix;
      this.parse = parse;
    }

    void run() {
      CompletableFuture<Configuration> result = this.result;
      if (result == null) {
        return; // refused before it began: the engine parses its own
      }
      long started = System.nanoTime();
      try {
        result.complete(parse.get());
        LOG.debug(
            "engine mappings read ahead for {} in {} ms",
            databaseType,
            (System.nanoTime() - started) / 1_000_000);
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    }

    /**
     * The mappings read for this type and prefix, waiting for the read to finish; null where the
     * engine found another type or prefix, or the read failed (the engine then parses them itself
     * and reports what fails). The first engine to ask decides: each engine changes its own
     * mappings, so a read is handed out once, and refused, it is dropped.
     */
    Configuration take(String engineDatabaseType, String enginePrefix) {
      if (!decided.compareAndSet(false, true)) {
        return null;
      }
      CompletableFuture<Configuration> result = this.result;
      try {
        if (!databaseType.equals(engineDatabaseType)
            || !prefix.equals(enginePrefix == null ? "" : enginePrefix)) {
          LOG.debug(
              "engine mappings read ahead for {} '{}', engine has {} '{}': parsed again",
              databaseType,
              prefix,
              engineDatabaseType,
              enginePrefix);
          return null;
        }
        long waitStarted = System.nanoTime();
        Configuration configuration =
            result.get(); // the reading thread completes it, having begun or not
        LOG.debug(
            "engine mappings taken after waiting {} ms",
            (System.nanoTime() - waitStarted) / 1_000_000);
        taken = true;
        return configuration;
      } catch (ExecutionException e) {
        LOG.debug("engine mappings read ahead failed, the engine parses them itself", e.getCause());
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      } finally {
        this.result = null;
      }
    }

    /** Whether an engine took this read. */
    boolean taken() {
      return taken;
    }
  }
}
