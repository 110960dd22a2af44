package kr.go.molit.rbd.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricScopeInstanceEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.junit.jupiter.api.Test;

class OpenScopeStartTimesTest {

  private static final Date START = new Date(1_000);
  private static final Date END = new Date(61_000);

  private static <T extends HistoricScopeInstanceEvent> T event(
      T event, String id, Date start, Date end) {
    return StartTimeOnEndHistoryEventHandlerTest.event(event, id, start, end, null);
  }

  @Test
  void anActivityOrTaskStartIsKeptUntilItsEnd() {
    OpenScopeStartTimes starts = new OpenScopeStartTimes(10);
    starts.started(event(new HistoricTaskInstanceEventEntity(), "t1", START, null));
    starts.started(event(new HistoricActivityInstanceEventEntity(), "a1", START, null));

    assertThat(starts.ended(event(new HistoricTaskInstanceEventEntity(), "t1", null, null)))
        .as("an update that ends nothing")
        .isNull();
    assertThat(starts.ended(event(new HistoricActivityInstanceEventEntity(), "t1", null, END)))
        .as("another kind with the same id")
        .isNull();
    assertThat(starts.ended(event(new HistoricTaskInstanceEventEntity(), "t1", null, END)))
        .isEqualTo(START);
    assertThat(starts.ended(event(new HistoricTaskInstanceEventEntity(), "t1", null, END)))
        .as("once")
        .isNull();
    assertThat(starts.ended(event(new HistoricActivityInstanceEventEntity(), "a1", null, END)))
        .isEqualTo(START);
    assertThat(starts.size()).isZero();
  }

  @Test
  void processInstancesAndEventsWithoutIdOrStartAreNotKept() {
    OpenScopeStartTimes starts = new OpenScopeStartTimes(10);
    starts.started(event(new HistoricProcessInstanceEventEntity(), "p1", START, null));
    starts.started(event(new HistoricTaskInstanceEventEntity(), null, START, null));
    starts.started(event(new HistoricTaskInstanceEventEntity(), "t2", null, null));
    assertThat(starts.size()).isZero();
    assertThat(starts.ended(event(new HistoricProcessInstanceEventEntity(), "p1", null, END)))
        .isNull();
  }

  @Test
  void pastItsBoundItStartsAfresh() {
    OpenScopeStartTimes starts = new OpenScopeStartTimes(2);
    starts.started(event(new HistoricTaskInstanceEventEntity(), "t1", START, null));
    starts.started(event(new HistoricTaskInstanceEventEntity(), "t2", START, null));
    starts.started(event(new HistoricTaskInstanceEventEntity(), "t3", START, null));
    assertThat(starts.size()).isEqualTo(1);
    assertThat(starts.ended(event(new HistoricTaskInstanceEventEntity(), "t1", null, END)))
        .isNull();
    assertThat(starts.ended(event(new HistoricTaskInstanceEventEntity(), "t3", null, END)))
        .isEqualTo(START);
  }
}
