package kr.go.molit.rbd.monitoring;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * Exposes the engine's own state to Prometheus: open work (instances, tasks, tasks past their due
 * date, incidents, failed jobs) as gauges and the engine's built-in metrics as counters.
 */
@Component
class EngineMetrics implements MeterBinder {

  static final List<String> ENGINE_COUNTERS =
      List.of(
          Metrics.ROOT_PROCESS_INSTANCE_START,
          Metrics.ACTIVTY_INSTANCE_START,
          Metrics.ACTIVTY_INSTANCE_END,
          Metrics.JOB_SUCCESSFUL,
          Metrics.JOB_FAILED,
          Metrics.EXECUTED_DECISION_ELEMENTS);

  private final ProcessEngine engine;

  EngineMetrics(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder(
            "rbd.engine.process.instances.active",
            engine,
            e -> e.getRuntimeService().createProcessInstanceQuery().active().count())
        .description("Running process instances")
        .register(registry);
    Gauge.builder(
            "rbd.engine.tasks.open", engine, e -> e.getTaskService().createTaskQuery().count())
        .description("Open user tasks")
        .register(registry);
    Gauge.builder(
            "rbd.engine.tasks.overdue",
            engine,
            e -> e.getTaskService().createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).count())
        .description("Open user tasks past their due date")
        .register(registry);
    Gauge.builder(
            "rbd.engine.incidents.open",
            engine,
            e -> e.getRuntimeService().createIncidentQuery().count())
        .description("Open incidents")
        .register(registry);
    Gauge.builder(
            "rbd.engine.jobs.failed",
            engine,
            e -> e.getManagementService().createJobQuery().noRetriesLeft().count())
        .description("Jobs with no retries left")
        .register(registry);
    for (String name : ENGINE_COUNTERS) {
      FunctionCounter.builder(
              "rbd.engine." + name.replace('-', '.'),
              engine,
              e -> e.getManagementService().createMetricsQuery().name(name).sum())
          .description("Camunda engine metric " + name)
          .register(registry);
    }
  }
}
