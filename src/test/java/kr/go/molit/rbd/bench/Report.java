package kr.go.molit.rbd.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the run's figures: a summary table with detail (median, p95, goals), then one line per
 * figure, exactly {@code BENCH <name> <value> <unit>}, on standard output and in {@code
 * target/bench-results.txt}.
 */
final class Report {

  private record Figure(String name, double value, String unit, String goal, String detail) {}

  private final List<Figure> figures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void figure(String name, double value, String unit, String goal, String detail) {
    figures.add(new Figure(name, value, unit, goal, detail));
    System.out.printf(Locale.ROOT, "[bench] %s = %s %s (%s)%n", name, format(value), unit, detail);
  }

  void note(String note) {
    notes.add(note);
    System.out.println("[bench] " + note);
  }

  String render(String mode) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%n=== rbd-workflow benchmark (%s mode) ===%n", mode));
    out.append(
        String.format(
            Locale.ROOT,
            "%-28s %12s %-14s %-10s %s%n",
            "figure",
            "value",
            "unit",
            "goal",
            "detail"));
    for (Figure f : figures) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-28s %12s %-14s %-10s %s%n",
              f.name,
              format(f.value),
              f.unit,
              f.goal,
              f.detail));
    }
    notes.forEach(n -> out.append("  note: ").append(n).append('\n'));
    out.append('\n');
    for (Figure f : figures) {
      out.append("BENCH ")
          .append(f.name)
          .append(' ')
          .append(format(f.value))
          .append(' ')
          .append(f.unit)
          .append('\n');
    }
    return out.toString();
  }

  void print(String mode, Path file) {
    String text = render(mode);
    System.out.print(text);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String format(double value) {
    return Math.abs(value) >= 100 || value == Math.rint(value) && Math.abs(value) < 1e9
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
