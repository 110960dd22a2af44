package kr.go.molit.rbd.calendar;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a list of days off that cannot be used into one clear start-up failure naming the line. */
class HolidayListFailureAnalyzer extends AbstractFailureAnalyzer<HolidayListException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, HolidayListException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Fix the list of days off (rbd.calendar.holidays, by default"
            + " src/main/resources/calendar/holidays.yaml), then start again.",
        cause);
  }
}
