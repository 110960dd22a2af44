package kr.go.molit.rbd.security;

import java.text.Normalizer;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;

/**
 * Every string variable, whoever sets it (forms, REST, Java), passes here on its way to the
 * database: stored as NFC (a Korean name typed on a Mac arrives as NFD and would not match the same
 * name typed elsewhere), refused with 400 when it holds NUL or other control characters (PostgreSQL
 * refuses NUL outright) or is longer than the engine's text column holds.
 */
class UserTextSerializer extends StringValueSerializer {

  /** ACT_RU_VARIABLE.TEXT_ is varchar(4000). */
  static final int MAX_LENGTH = 4000;

  static final String CONTROL_CHARACTER = "TEXT_CONTROL_CHARACTER";
  static final String TOO_LONG = "TEXT_TOO_LONG";

  @Override
  public void writeValue(StringValue value, ValueFields fields) {
    String text = value.getValue();
    if (text != null) {
      text = Normalizer.normalize(text, Normalizer.Form.NFC);
      check(fields.getName(), text);
      value = Variables.stringValue(text, value.isTransient());
    }
    super.writeValue(value, fields);
  }

  static void check(String name, String text) {
    if (text.codePoints().anyMatch(UserTextSerializer::isForbiddenControl)) {
      throw new BadUserRequestException(
          CONTROL_CHARACTER + ": '" + name + "' 값에 쓸 수 없는 제어 문자(NUL 등)가 들어 있습니다.");
    }
    if (text.length() > MAX_LENGTH) {
      throw new BadUserRequestException(
          TOO_LONG + ": '" + name + "' 값이 너무 깁니다. 최대 " + MAX_LENGTH + "자까지 받습니다.");
    }
  }

  private static boolean isForbiddenControl(int c) {
    return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
  }
}
