package kr.go.molit.rbd.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.directory.DirectoryProperties;
import kr.go.molit.rbd.petition.DocumentUpload;
import kr.go.molit.rbd.petition.PetitionDocuments;
import kr.go.molit.rbd.petition.PetitionVariables;
import kr.go.molit.rbd.security.ActingUser;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries the demo petitions and forum sessions ({@code demo/petitions.yaml}) through their
 * processes at the first start of an empty database, on a thread of its own once the server is
 * ready, so the start is not longer for it. Only with {@code rbd.demo.petitions} and the demo
 * officials; a database that already holds a petition is left as it is. A case that cannot be
 * carried further is logged with its step and left where it stands; the others go on.
 */
@Component
class DemoPetitionSeeder {

  private static final Logger LOG = LoggerFactory.getLogger(DemoPetitionSeeder.class);

  private final DemoProperties properties;
  private final DirectoryProperties directory;
  private final ProcessEngine engine;
  private final PetitionDocuments documents;
  private final Map<String, String> numbers = new HashMap<>();
  private volatile Thread worker;

  DemoPetitionSeeder(
      DemoProperties properties,
      DirectoryProperties directory,
      ProcessEngine engine,
      PetitionDocuments documents) {
    this.properties = properties;
    this.directory = directory;
    this.engine = engine;
    this.documents = documents;
  }

  @EventListener(ApplicationReadyEvent.class)
  void startWhenReady() {
    if (!properties.petitions()) {
      return;
    }
    if (!directory.demoUsers()) {
      LOG.warn(
          "RBD-DEMO-004 demo petitions need the demo officials (rbd.directory.demo-users); none created");
      return;
    }
    if (engine
            .getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(PetitionVariables.PROCESS_KEY)
            .count()
        > 0) {
      LOG.info("RBD-DEMO-002 the database already holds petitions; no demo petitions created");
      return;
    }
    List<DemoCase> cases = read();
    worker = new Thread(() -> seed(cases), "rbd-demo-petitions");
    worker.setDaemon(true);
    worker.start();
  }

  @EventListener(ContextClosedEvent.class)
  void stopOnClose() throws InterruptedException {
    Thread running = worker;
    if (running != null) {
      running.interrupt();
      running.join(10_000);
    }
  }

  /** True while the demo cases are still being carried through (tests wait for it). */
  boolean running() {
    Thread running = worker;
    return running != null && running.isAlive();
  }

  private List<DemoCase> read() {
    try {
      return DemoCase.parse(properties.location().getContentAsString(StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "cannot read " + properties.location().getDescription() + ": " + e.getMessage(), e);
    }
  }

  private void seed(List<DemoCase> cases) {
    DemoOfficials officials = new DemoOfficials(engine, properties.stepTimeout());
    int carried = 0;
    for (DemoCase demo : cases) {
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      if (carry(officials, demo)) {
        carried++;
      }
    }
    LOG.info("RBD-DEMO-001 demo petitions and sessions created: {} of {}", carried, cases.size());
  }

  private boolean carry(DemoOfficials officials, DemoCase demo) {
    String step = "its start form";
    try {
      ProcessInstance instance =
          officials.start(demo.by(), demo.processKey(), resolved(demo.form()));
      if (demo.ref() != null) {
        numbers.put("@" + demo.ref(), instance.getBusinessKey());
      }
      for (DemoCase.Step next : demo.steps()) {
        step = next.task() + " by " + next.by();
        officials.complete(
            next.by(),
            instance.getId(),
            next.task(),
            next.petition() == null ? null : numbers.get(next.petition()),
            resolved(next.submit()));
      }
      for (DemoCase.Document document : demo.documents()) {
        step = "document " + document.name() + " by " + document.by();
        ActingUser.as(
            engine,
            document.by(),
            () ->
                documents.attach(
                    instance.getBusinessKey(),
                    () ->
                        DocumentUpload.of(
                            document.name(),
                            document.description(),
                            document.text().getBytes(StandardCharsets.UTF_8),
                            documents.mostBytes())));
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (RuntimeException e) {
      LOG.warn(
          "RBD-DEMO-003 demo {} '{}' stopped at {}: {}",
          demo.processKey(),
          title(demo),
          step,
          e.getMessage());
      return false;
    }
  }

  /** The values with each "@ref" replaced by that petition's number. */
  private Map<String, Object> resolved(Map<String, Object> values) {
    Map<String, Object> resolved = new LinkedHashMap<>();
    values.forEach(
        (key, value) ->
            resolved.put(
                key,
                value instanceof List<?> list
                    ? list.stream().map(this::number).toList()
                    : number(value)));
    return resolved;
  }

  private Object number(Object value) {
    return value instanceof String text && text.startsWith("@")
        ? numbers.getOrDefault(text, text)
        : value;
  }

  private static Object title(DemoCase demo) {
    return demo.form().getOrDefault("title", demo.form().get("sessionTitle"));
  }
}
