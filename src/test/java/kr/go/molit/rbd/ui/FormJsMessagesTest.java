package kr.go.molit.rbd.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A Camunda upgrade that brings a form-js with other validation messages fails here, before
 * officials see them in English: FormsInKoreanBrowserIT translates exactly these examples.
 */
class FormJsMessagesTest {

  @Test
  void everyMessageOfTheBundledFormJsHasExamples() throws IOException {
    assertThat(FormJsMessages.templates())
        .as("messages pushed by form-js in %s", FormJsMessages.BUNDLE)
        .containsExactlyInAnyOrderElementsOf(FormJsMessages.EXAMPLES.keySet());
  }
}
