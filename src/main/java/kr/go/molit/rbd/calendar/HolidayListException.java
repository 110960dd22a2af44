package kr.go.molit.rbd.calendar;

/** The list of days off cannot be read, or a line of it is wrong; the message names the line. */
public class HolidayListException extends RuntimeException {

  HolidayListException(String message) {
    super(message);
  }

  HolidayListException(String message, Throwable cause) {
    super(message, cause);
  }
}
