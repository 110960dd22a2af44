package kr.go.molit.rbd.petition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kr.go.molit.rbd.directory.Regions;
import kr.go.molit.rbd.petition.PetitionOutcomes.Outcome;
import org.springframework.stereotype.Service;

/**
 * 건의 통계: how many petitions the caller may see, by region and by category, and by where they stand:
 * still open (and of those, with a step past its due date), or ended, by their result. Counted by
 * {@link PetitionCounts} under the caller's permissions, so a region counts its own petitions and a
 * division those routed to it.
 */
@Service
public class PetitionSummary {

  /**
   * A line's numbers. {@code open}: the petitions still being handled, {@code overdue} of them with
   * a step past its due date; {@code closed}: the ended ones by result code, every result of the
   * decision present (zero or more); {@code cancelled}: those ended without a result (an operator
   * cancelled them).
   */
  public interface Numbers {
    int total();

    int open();

    int overdue();

    Map<String, Integer> closed();

    int cancelled();
  }

  /** One region's line of the table (the totals' line has no code). */
  public record Line(
      String regionCode,
      String regionName,
      int total,
      int open,
      int overdue,
      Map<String, Integer> closed,
      int cancelled)
      implements Numbers {}

  /** One category's line of the table by category. */
  public record CategoryLine(
      String category,
      String categoryLabel,
      int total,
      int open,
      int overdue,
      Map<String, Integer> closed,
      int cancelled)
      implements Numbers {}

  /**
   * The tables for one year (null: every year): their columns, a line per region, a line per
   * category, and the totals, which both tables share.
   */
  public record Summary(
      Integer year,
      List<Outcome> outcomes,
      List<Line> regions,
      List<CategoryLine> categories,
      Line total) {}

  private final PetitionCounts counts;
  private final PetitionOutcomes outcomes;
  private final Regions regions;

  PetitionSummary(PetitionCounts counts, PetitionOutcomes outcomes, Regions regions) {
    this.counts = counts;
    this.outcomes = outcomes;
    this.regions = regions;
  }

  /**
   * The caller's tables: a line for every region and every category when the caller may see every
   * petition, else for each region and category the caller sees a petition of.
   */
  public Summary of(Integer year) {
    return of(year, outcomes.all(), regions.all());
  }

  /** The same, with the decision's results and the directory's regions read already. */
  Summary of(Integer year, List<Outcome> results, List<Regions.Region> known) {
    return tabulate(year, counts.count(year), results, known);
  }

  /**
   * The tables of these counts: a column per result; a line per region in the directory's order,
   * and per category in {@link Category}'s.
   */
  static Summary tabulate(
      Integer year,
      PetitionCounts.Counted counted,
      List<Outcome> outcomes,
      List<Regions.Region> known) {
    List<Outcome> columns = new ArrayList<>(outcomes);
    for (PetitionCounts.Count c : counted.counts()) {
      if (c.outcome() != null
          && !c.open()
          && columns.stream().noneMatch(o -> o.code().equals(c.outcome()))) {
        // a result only an earlier version of the decision gave
        columns.add(new Outcome(c.outcome(), c.outcome()));
      }
    }
    Map<String, String> regionNames = new LinkedHashMap<>();
    known.forEach(r -> regionNames.put(r.code(), r.name()));
    List<Line> lines = new ArrayList<>();
    // a region the directory no longer lists goes by its code
    tallies(counted, PetitionCounts.Count::region, List.copyOf(regionNames.keySet()))
        .forEach(
            (code, tally) ->
                lines.add(
                    tally.line(
                        code,
                        regionNames.getOrDefault(code, code.isEmpty() ? "지역 미상" : code),
                        columns)));
    List<CategoryLine> categoryLines = new ArrayList<>();
    tallies(counted, PetitionCounts.Count::category, Category.codes())
        .forEach(
            (code, tally) ->
                categoryLines.add(
                    tally.categoryLine(
                        code,
                        Category.ofCode(code)
                            .map(Category::label)
                            .orElse(code.isEmpty() ? "분야 미상" : code),
                        columns)));
    Tally total = new Tally();
    counted.counts().forEach(total::add);
    counted.overdue().forEach(o -> total.overdue += o.petitions());
    return new Summary(
        year, List.copyOf(columns), lines, categoryLines, total.line(null, "합계", columns));
  }

  /**
   * The counts by one of their keys (a missing one under ""): every known key first, in order, when
   * the caller may see every petition (with or without petitions), else those with petitions; then
   * unknown keys.
   */
  private static Map<String, Tally> tallies(
      PetitionCounts.Counted counted,
      Function<PetitionCounts.Count, String> key,
      List<String> known) {
    Map<String, Tally> byKey = new LinkedHashMap<>();
    known.forEach(k -> byKey.put(k, new Tally()));
    Set<String> counting = new HashSet<>();
    for (PetitionCounts.Count c : counted.counts()) {
      String k = key.apply(c) == null ? "" : key.apply(c);
      byKey.computeIfAbsent(k, x -> new Tally()).add(c);
      counting.add(k);
    }
    for (PetitionCounts.Count o : counted.overdue()) {
      String k = key.apply(o) == null ? "" : key.apply(o);
      byKey.computeIfAbsent(k, x -> new Tally()).overdue += o.petitions();
      counting.add(k);
    }
    if (!counted.everyPetition()) {
      byKey.keySet().retainAll(counting);
    }
    return byKey;
  }

  private static final class Tally {
    private int open;
    private int overdue;
    private int cancelled;
    private final Map<String, Integer> closed = new LinkedHashMap<>();

    void add(PetitionCounts.Count c) {
      if (c.open()) {
        open += c.petitions();
      } else if (c.outcome() == null) {
        cancelled += c.petitions();
      } else {
        closed.merge(c.outcome(), c.petitions(), Integer::sum);
      }
    }

    Line line(String code, String name, List<Outcome> columns) {
      return new Line(code, name, total(), open, overdue, byOutcome(columns), cancelled);
    }

    CategoryLine categoryLine(String code, String label, List<Outcome> columns) {
      return new CategoryLine(code, label, total(), open, overdue, byOutcome(columns), cancelled);
    }

    private int total() {
      return open + cancelled + closed.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every column's count, zero or more. */
    private Map<String, Integer> byOutcome(List<Outcome> columns) {
      Map<String, Integer> byOutcome = new LinkedHashMap<>();
      columns.forEach(o -> byOutcome.put(o.code(), closed.getOrDefault(o.code(), 0)));
      return byOutcome;
    }
  }
}
