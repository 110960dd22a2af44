package kr.go.molit.rbd.database;

import java.lang.reflect.Field;

/**
 * The private fields of MyBatis's and the engine's classes that this package reads or replaces (a
 * statement's SQL source, a tag's body, a command's task id). A field that is not there fails when
 * the class using it loads, naming the class and field, so a library upgrade that renames one stops
 * the server at start instead of misbehaving later.
 */
public final class LibraryFields {

  private LibraryFields() {}

  public static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type.getName() + " has no field " + name, e);
    }
  }

  public static Object get(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static int getInt(Field field, Object target) {
    try {
      return field.getInt(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static void set(Field field, Object target, Object value) {
    try {
      field.set(target, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
