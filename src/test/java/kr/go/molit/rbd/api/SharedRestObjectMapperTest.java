package kr.go.molit.rbd.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.junit.jupiter.api.Test;

class SharedRestObjectMapperTest {

  @Test
  void everyLookupGetsTheSameMapper() {
    SharedRestObjectMapper configurator = new SharedRestObjectMapper();
    assertThat(configurator.getContext(TaskDto.class)).isSameAs(configurator.getContext(Map.class));
  }

  @Test
  void theMapperWritesAndReadsAsCamundasDoes() throws Exception {
    ObjectMapper shared = new SharedRestObjectMapper().getContext(Object.class);
    ObjectMapper camunda = new JacksonConfigurator().getContext(Object.class);
    Map<String, Object> value =
        Map.of("created", new Date(1_790_000_000_123L), "day", LocalDate.of(2026, 11, 25));
    assertThat(shared.writeValueAsString(value))
        .isEqualTo(camunda.writeValueAsString(value))
        .contains("\"day\":\"2026-11-25\"");
    String withUnknownProperty =
        "{\"name\":\"검토\",\"created\":\"2026-11-25T09:00:00.000+0900\",\"unknown\":1}";
    TaskDto read = shared.readValue(withUnknownProperty, TaskDto.class);
    assertThat(read.getName()).isEqualTo("검토");
    assertThat(read.getCreated())
        .isEqualTo(camunda.readValue(withUnknownProperty, TaskDto.class).getCreated());
  }

  @Test
  void aTaskIsReadBackWithItsFormReferenceWhichCamundasMapperRefuses() throws Exception {
    ObjectMapper shared = new SharedRestObjectMapper().getContext(Object.class);
    String wholeTask =
        "{\"name\":\"접수 검토\",\"due\":\"2026-12-18T15:43:00.000+0900\","
            + "\"camundaFormRef\":{\"key\":\"completeness-check\",\"binding\":\"deployment\",\"version\":null}}";
    assertThatThrownBy(
            () ->
                new JacksonConfigurator()
                    .getContext(Object.class)
                    .readValue(wholeTask, TaskDto.class))
        .as("Camunda's own mapper, without the mix-in")
        .isInstanceOf(JsonMappingException.class);

    TaskDto read = shared.readValue(wholeTask, TaskDto.class);
    assertThat(read.getDue()).isNotNull();
    assertThat(read.getCamundaFormRef()).isNull();
  }

  @Test
  void installingReplacesCamundasConfiguratorInBothEngineApis() {
    SharedRestObjectMapper.install();
    SharedRestObjectMapper.install();
    assertThat(CamundaRestResources.getConfigurationClasses())
        .contains(SharedRestObjectMapper.class)
        .doesNotContain(JacksonConfigurator.class);
  }
}
