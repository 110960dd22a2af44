package kr.go.molit.rbd.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kr.go.molit.rbd.ProductionPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The benchmark ({@code mvn -Pbench verify}): the server in its production profile and its own
 * configuration (pool, job executor, history) on an embedded PostgreSQL 17, measured against a bare
 * Camunda engine on the same server in the same run. Rounds of the two alternate, so the machine's
 * noise falls on both and their ratio holds. Fails only on errors, never on a figure.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "ADMIN_ID=demo",
      "ADMIN_PASSWORD=demo",
      "rbd.directory.demo-users=true",
      "camunda.bpm.generic-properties.properties.enable-password-policy=false"
    })
@ActiveProfiles("postgres")
@AutoConfigureObservability
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PetitionBench {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("DB_URL", () -> BenchDatabase.url("postgres"));
    registry.add("DB_USER", () -> "postgres");
    registry.add("DB_PASSWORD", () -> "postgres");
  }

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  final BenchSettings settings = BenchSettings.fromSystemProperties();
  final Report report = new Report();

  @Test
  void measure() {
    Officials officials = new Officials(engine);
    PetitionWalk walk = new PetitionWalk(engine, officials);
    EngineHttp http = new EngineHttp(port);
    postgresSettings();
    if (!Boolean.getBoolean("bench.seedOnly")) {
      lifecycles(walk);
    }
    seedOpenPetitions(walk);
    tasklistQuery(http, officials);
    holdForInspection();
    submitForms(http, officials);
    startup();
    report.print(settings.mode(), Path.of("target", "bench-results.txt"));
  }

  /** Production's PostgreSQL settings, as the server reports them in effect. */
  private void postgresSettings() {
    List<String> inEffect = new ArrayList<>();
    ProductionPostgres.settings()
        .forEach(
            (name, value) -> {
              String actual = jdbc.queryForObject("SELECT current_setting(?)", String.class, name);
              assertThat(actual)
                  .as("PostgreSQL setting %s from docker-compose.yml", name)
                  .isEqualTo(value);
              inEffect.add(name + "=" + actual);
            });
    String collation =
        jdbc.queryForObject(
            "SELECT datlocprovider::text || ' ' || coalesce(datlocale, datcollate)"
                + " FROM pg_database WHERE datname = current_database()",
            String.class);
    Map<String, String> initdb = ProductionPostgres.initdbOptions();
    if ("builtin".equals(initdb.get("locale-provider"))) {
      assertThat(collation)
          .as("collation from docker-compose.yml's POSTGRES_INITDB_ARGS")
          .isEqualTo("b " + initdb.get("builtin-locale"));
    }
    inEffect.add("collation " + collation);
    report.note("PostgreSQL as in production (docker-compose.yml): " + String.join(", ", inEffect));
  }

  private void lifecycles(PetitionWalk walk) {
    int threads = settings.threads();
    AtomicInteger tasks = new AtomicInteger();
    List<Double> bare = new ArrayList<>();
    List<Double> petitions = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    List<Double> petitionLatencies = new ArrayList<>();
    List<Double> cpuRatios = new ArrayList<>();
    List<String> cpuPerTask = new ArrayList<>();
    Statements statements = new Statements(jdbc);
    long postmaster = Cpu.postmaster(jdbc);
    try (BareEngine bareEngine = new BareEngine(12)) {
      // Warm-up: two rounds' worth of each, then the JIT compiler's backlog drains (JitCompiler).
      // With half a bare round and two petitions per thread, the first rounds measured code the
      // compiler had not reached yet, the petition's own (listeners, delegates, checks) more than
      // the engine paths the bare lifecycles share.
      Round.run(threads, settings.bareLifecyclesPerRound() * 2, i -> bareEngine.lifecycle());
      Round.run(threads, settings.petitionsPerRound() * 2, walk::walk);
      statements.reset();
      for (int r = 0; r < settings.rounds(); r++) {
        Duration settling =
            JitCompiler.awaitIdle(Duration.ofSeconds(1), 20, Duration.ofSeconds(30));
        Cpu beforeBare = Cpu.now(postmaster);
        Round bareRound =
            Round.run(threads, settings.bareLifecyclesPerRound(), i -> bareEngine.lifecycle());
        Cpu bareCpu = Cpu.now(postmaster).since(beforeBare);
        tasks.set(0);
        long queriesBefore = walk.taskQueries();
        Cpu beforePetitions = Cpu.now(postmaster);
        Round petitionRound =
            Round.run(threads, settings.petitionsPerRound(), i -> tasks.addAndGet(walk.walk(i)));
        Cpu petitionCpu = Cpu.now(postmaster).since(beforePetitions);
        cpuRatios.add(petitionCpu.totalMsPer(tasks.get()) / bareCpu.totalMsPer(bareRound.count()));
        cpuPerTask.add(
            String.format(
                "round %d: per bare lifecycle JVM %.2f + PostgreSQL %.2f ms, per petition task"
                    + " JVM %.2f + PostgreSQL %.2f ms",
                r + 1,
                bareCpu.jvmMsPer(bareRound.count()),
                bareCpu.postgresMsPer(bareRound.count()),
                petitionCpu.jvmMsPer(tasks.get()),
                petitionCpu.postgresMsPer(tasks.get())));
        bare.add(bareRound.perSecond());
        petitions.add(petitionRound.perSecond());
        petitionLatencies.addAll(petitionRound.latenciesMs());
        double costPerTask = petitionRound.seconds() / tasks.get();
        double costPerBare = bareRound.seconds() / bareRound.count();
        ratios.add(costPerTask / costPerBare);
        report.note(
            String.format(
                "round %d: bare %.0f/s, petitions %.2f/s (%d user tasks, %.2f task queries each),"
                    + " ratio %.2f; the JIT compiler's backlog took %.1f s before it",
                r + 1,
                bareRound.perSecond(),
                petitionRound.perSecond(),
                tasks.get(),
                (walk.taskQueries() - queriesBefore) / (double) tasks.get(),
                costPerTask / costPerBare,
                settling.toMillis() / 1e3));
      }
    }
    report.note(
        "petition rounds' database time: "
            + statements
                .write("lifecycles", 200)
                .per(settings.rounds() * settings.petitionsPerRound(), "petition"));
    report.note(
        "petition rounds' row updates by table (heap-only share): "
            + statements.updatesSinceReset(6));
    cpuPerTask.forEach(line -> report.note("CPU " + line));
    report.note(
        String.format(
            "CPU ratio (JVM + PostgreSQL CPU per petition task / per bare lifecycle): median %.2f,"
                + " rounds %.2f-%.2f",
            Stats.median(cpuRatios),
            Stats.percentile(cpuRatios, 0),
            Stats.percentile(cpuRatios, 100)));
    report.figure(
        "bare_lifecycles_per_s",
        Stats.median(bare),
        "lifecycles/s",
        "-",
        String.format(
            "median of %d rounds x %d, 8 threads; p95 round %.0f",
            settings.rounds(), settings.bareLifecyclesPerRound(), Stats.percentile(bare, 5)));
    report.figure(
        "petitions_per_s",
        Stats.median(petitions),
        "petitions/s",
        "-",
        String.format(
            "median of %d rounds x %d; lifecycle median %.0f ms, p95 %.0f ms, %d user tasks each",
            settings.rounds(),
            settings.petitionsPerRound(),
            Stats.median(petitionLatencies),
            Stats.p95(petitionLatencies),
            tasks.get() / settings.petitionsPerRound()));
    report.figure(
        "lifecycle_task_cost_ratio",
        Stats.median(ratios),
        "ratio",
        "<= 1.5",
        String.format("median of per-round ratios; p95 %.2f", Stats.p95(ratios)));
  }

  private void seedOpenPetitions(PetitionWalk walk) {
    OpenPetitions open = new OpenPetitions(walk, jdbc);
    Round templates = open.startTemplates(settings.templatePetitions(), settings.threads());
    long start = System.nanoTime();
    long rows = open.copyUpTo(settings.openPetitions());
    Integer count =
        jdbc.queryForObject(
            "SELECT count(*) FROM act_ru_execution WHERE id_ = proc_inst_id_ "
                + "AND proc_def_id_ LIKE 'regional-petition:%'",
            Integer.class);
    Integer tasks = jdbc.queryForObject("SELECT count(*) FROM act_ru_task", Integer.class);
    report.note(
        String.format(
            "seeded %d open petitions (%d tasks): %d started through the engine in %.0f s,"
                + " %d rows copied in %.0f s",
            count,
            tasks,
            settings.templatePetitions(),
            templates.seconds(),
            rows,
            (System.nanoTime() - start) / 1e9));
  }

  /**
   * {@code -Dbench.hold=<minutes>}: keeps the seeded database up for that long and prints how to
   * reach it, so its plans can be studied with psql; {@code -Dbench.seedOnly=true} skips the
   * lifecycle rounds before it.
   */
  private void holdForInspection() {
    int minutes = Integer.getInteger("bench.hold", 0);
    if (minutes > 0) {
      System.out.printf(
          "[bench] holding for %d min: psql -h localhost -p %d -U postgres postgres%n",
          minutes, BenchDatabase.server().getPort());
      try {
        Thread.sleep(java.time.Duration.ofMinutes(minutes).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void tasklistQuery(EngineHttp http, Officials officials) {
    String group =
        jdbc.queryForObject(
            "SELECT l.group_id_ FROM act_ru_identitylink l "
                + "JOIN act_ru_task t ON t.id_ = l.task_id_ WHERE l.type_ = 'candidate' AND l.group_id_ LIKE 'division-%' "
                + "GROUP BY l.group_id_ ORDER BY count(*) DESC LIMIT 1",
            String.class);
    Integer groupTasks =
        jdbc.queryForObject(
            "SELECT count(*) FROM act_ru_identitylink WHERE type_ = 'candidate' "
                + "AND group_id_ = ?",
            Integer.class,
            group);
    TasklistQuery query =
        new TasklistQuery(
            http, engine.getFilterService(), "우리 기관 업무@" + group, officials.memberOf(group));
    // The division's other everyday filter: every task it may see, nearest due date first.
    TasklistQuery dueSoon =
        new TasklistQuery(
            http, engine.getFilterService(), "기한 임박@everyone", officials.memberOf(group));
    // The same filter for a region's official, whom a few grants show a few tasks (here none).
    TasklistQuery regionDueSoon =
        new TasklistQuery(http, engine.getFilterService(), "기한 임박@everyone", "busan.official");
    // The region's own filter, a variable criterion (the petition's region), for the same official.
    TasklistQuery regionPetitions =
        new TasklistQuery(
            http, engine.getFilterService(), "우리 지역 건의@region-busan", "busan.official");
    OurIndexes indexes = new OurIndexes(jdbc);
    List<Double> with = query.measure(settings.queryWarmUp(), settings.querySamples());
    QueryPlan.write(engine, jdbc, query.filterId(), officials.memberOf(group), "with-indexes");
    report.note("Tasklist query with our indexes: " + query.breakdown(5));
    report.note("Tasklist filter 기한 임박 with our indexes: " + dueSoon.breakdown(5));
    report.note("Tasklist filter 기한 임박 of busan.official: " + regionDueSoon.breakdown(5));
    report.note("Tasklist filter 우리 지역 건의 of busan.official: " + regionPetitions.breakdown(5));
    report.note("Tasklist searches of " + group + ": " + searches(query, group));
    indexes.drop();
    List<Double> without;
    try {
      without = query.measure(settings.queryWarmUp(), settings.querySamples());
      QueryPlan.write(engine, jdbc, query.filterId(), officials.memberOf(group), "without-indexes");
      report.note("Tasklist query without our indexes: " + query.breakdown(5));
      report.note("Tasklist filter 기한 임박 without our indexes: " + dueSoon.breakdown(5));
    } finally {
      indexes.restore();
    }
    report.figure(
        "taskquery_p95_ms",
        Stats.p95(with),
        "ms",
        "<= 50",
        String.format(
            "%s (%d open tasks of %d petitions), median %.1f ms, slowest %s, %d samples after %d warm-up"
                + " requests and the compiler's queue",
            group,
            groupTasks,
            settings.openPetitions(),
            Stats.median(with),
            slowest(with),
            with.size(),
            settings.queryWarmUp()));
    report.figure(
        "taskquery_index_speedup",
        Stats.p95(without) / Stats.p95(with),
        "x",
        ">= 5",
        String.format(
            "p95 without %s: %.1f ms (median %.1f, slowest %s)",
            indexes.names(), Stats.p95(without), Stats.median(without), slowest(without)));
  }

  /**
   * The division's filter searched as Tasklist's search box does, by values its own tasks'
   * petitions hold: a petition's number, its region, words of its title.
   */
  private String searches(TasklistQuery query, String group) {
    Map<String, Object> petition =
        jdbc.queryForMap(
            "SELECT max(CASE WHEN v.name_ = 'petitionNumber' THEN v.text_ END) "
                + "AS number, max(CASE WHEN v.name_ = 'regionName' THEN v.text_ END) AS region, "
                + "max(CASE WHEN v.name_ = 'title' THEN v.text_ END) AS title FROM act_ru_variable v WHERE v.task_id_ IS NULL "
                + "AND v.proc_inst_id_ = (SELECT t.proc_inst_id_ FROM act_ru_task t JOIN act_ru_identitylink l "
                + "ON l.task_id_ = t.id_ WHERE l.type_ = 'candidate' AND l.group_id_ = ? ORDER BY t.create_time_ LIMIT 1)",
            group);
    return String.join(
        ", ",
        query.search("petitionNumber", "eq", (String) petition.get("number"), 10, 10),
        query.search("regionName", "eq", (String) petition.get("region"), 10, 10),
        query.search("title", "like", "%" + petition.get("title") + "%", 10, 10));
  }

  /** The five slowest samples, to tell a tail of single spikes from a slow query. */
  private static String slowest(List<Double> latencies) {
    return latencies.stream()
            .sorted(java.util.Comparator.reverseOrder())
            .limit(5)
            .map(ms -> String.format(java.util.Locale.ROOT, "%.0f", ms))
            .collect(java.util.stream.Collectors.joining("/"))
        + " ms";
  }

  private void submitForms(EngineHttp http, Officials officials) {
    SubmitForms load = new SubmitForms(http, officials);
    // The HTTP path is new to this JVM (the petition rounds call the Java API). A server in use for
    // a while has compiled it; this one needs minutes of forms for that (ninth round: the compiler
    // kept working through four to five minutes of steady load, one C2 thread on two busy cores),
    // more forms than the engine-started petitions offer. The warm-up therefore submits the copied
    // petitions' forms, in chunks, each followed by a pause until the compiler's queue has drained.
    List<SubmitForms.OpenTask> tasks = SubmitForms.openTasks(jdbc, settings.submitForms());
    List<SubmitForms.OpenTask> copies = SubmitForms.copiedTasks(jdbc, settings.submitWarmUpForms());
    long warmUpEnd =
        System.nanoTime() + Duration.ofSeconds(settings.submitWarmUpSeconds()).toNanos();
    int warmed = 0;
    double warmSeconds = 0;
    double settlingSeconds = 0;
    List<String> chunkRates = new ArrayList<>();
    while (warmed < copies.size() && System.nanoTime() < warmUpEnd) {
      // a chunk ends on a petition's boundary: its two reviews stay together
      int end = Math.min(copies.size(), warmed + settings.submitWarmUpChunk());
      while (end < copies.size()
          && copies.get(end).instance().equals(copies.get(end - 1).instance())) {
        end++;
      }
      Round chunk = load.run(copies.subList(warmed, end), settings.submitClients());
      warmed = end;
      warmSeconds += chunk.seconds();
      chunkRates.add(String.format("%.0f", chunk.perSecond()));
      settlingSeconds +=
          JitCompiler.awaitIdle(Duration.ofSeconds(1), 20, Duration.ofSeconds(30)).toMillis() / 1e3;
    }
    report.note(
        String.format(
            "submit-form warm-up: %d forms of copied petitions in %.0f s (forms/s by chunk: %s),"
                + " and %.0f s of pauses until the JIT compiler had worked at most 20 ms in a second",
            warmed, warmSeconds, String.join(", ", chunkRates), settlingSeconds));
    Statements statements = new Statements(jdbc);
    statements.reset();
    long postmaster = Cpu.postmaster(jdbc);
    ThreadCpu threads = new ThreadCpu().start();
    Cpu before = Cpu.now(postmaster);
    Round round = load.run(tasks, settings.submitClients(), threads);
    Cpu cpu = Cpu.now(postmaster).since(before);
    long[] split = threads.sinceStart();
    report.note(
        "submit-form database time: "
            + statements.write("submit-forms", 200).per(round.count(), "form"));
    report.note(
        "submit-form row updates by table (heap-only share): " + statements.updatesSinceReset(6));
    report.note(
        String.format(
            "submit-form CPU per form: JVM %.2f ms (of which the server's HTTP request threads"
                + " %.2f ms, the %d clients %.2f ms; during the round the JIT compiler worked %.0f ms and the garbage"
                + " collector paused %.0f ms), PostgreSQL %.2f ms",
            cpu.jvmMsPer(round.count()),
            split[0] / 1e6 / round.count(),
            settings.submitClients(),
            split[1] / 1e6 / round.count(),
            split[2] / 1e6,
            split[3] / 1e6,
            cpu.postgresMsPer(round.count())));
    List<String> errors = load.errors();
    errors.stream().limit(5).forEach(e -> report.note("submit-form error: " + e));
    report.figure(
        "submit_forms_per_s",
        round.perSecond(),
        "forms/s",
        ">= 150",
        String.format(
            "%d clients, %d forms (claim + submit-form), median %.0f ms, p95 %.0f ms",
            settings.submitClients(),
            round.count(),
            Stats.median(round.latenciesMs()),
            Stats.p95(round.latenciesMs())));
    report.figure(
        "submit_errors", errors.size(), "errors", "0", "non-2xx answers to claim or submit-form");
    assertThat(tasks).hasSize(settings.submitForms());
  }

  private void startup() {
    List<Double> seconds = new ArrayList<>();
    List<Double> heap = new ArrayList<>();
    QuietMachine.Wait quiet =
        QuietMachine.await(0.15, Duration.ofSeconds(2), Duration.ofMinutes(2));
    report.note("startup measured on a quiet machine: " + quiet.describe());
    for (int i = 0; i < settings.startupRuns(); i++) {
      double[] run = Startup.measure();
      seconds.add(run[0]);
      heap.add(run[1]);
    }
    report.figure(
        "startup_s",
        Stats.median(seconds),
        "s",
        "<= 10",
        String.format(
            "fresh JVM, fresh H2 database, JVM start to ready; median of %d: %s",
            seconds.size(), seconds));
    report.figure(
        "heap_mb", Stats.median(heap), "MB", "<= 512", "heap used after start and two System.gc()");
  }
}
