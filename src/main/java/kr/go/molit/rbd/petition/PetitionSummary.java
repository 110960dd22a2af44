package kr.go.molit.rbd.petition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.go.molit.rbd.directory.Regions;
import kr.go.molit.rbd.petition.PetitionOutcomes.Outcome;
import org.springframework.stereotype.Service;

/**
 * 건의 통계: how many petitions the caller may see, by region and by where they stand: still open (and
 * of those, with a step past its due date), or ended, by their result. Counted by {@link
 * PetitionCounts} under the caller's permissions, so a region counts its own petitions and a
 * division those routed to it.
 */
@Service
public class PetitionSummary {

  /**
   * One line of the table. {@code open}: the petitions still being handled, {@code overdue} of them
   * with a step past its due date; {@code closed}: the ended ones by result code, every result of
   * the decision present (zero or more); {@code cancelled}: those ended without a result (an
   * operator cancelled them).
   */
  public record Line(
      String regionCode,
      String regionName,
      int total,
      int open,
      int overdue,
      Map<String, Integer> closed,
      int cancelled) {}

  /** The table for one year (null: every year): its columns, a line per region, the totals. */
  public record Summary(Integer year, List<Outcome> outcomes, List<Line> regions, Line total) {}

  private final PetitionCounts counts;
  private final PetitionOutcomes outcomes;
  private final Regions regions;

  PetitionSummary(PetitionCounts counts, PetitionOutcomes outcomes, Regions regions) {
    this.counts = counts;
    this.outcomes = outcomes;
    this.regions = regions;
  }

  /**
   * The caller's table: a line for every region when the caller may see every petition, else for
   * each region the caller sees a petition of.
   */
  public Summary of(Integer year) {
    return tabulate(year, counts.count(year), outcomes.all(), regions.all());
  }

  /** The table of these counts: a column per result, a line per region in the directory's order. */
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
    Map<String, Tally> byRegion = new LinkedHashMap<>();
    if (counted.everyPetition()) {
      known.forEach(r -> byRegion.put(r.code(), new Tally()));
    }
    Tally total = new Tally();
    for (PetitionCounts.Count c : counted.counts()) {
      String region = c.region() == null ? "" : c.region();
      byRegion.computeIfAbsent(region, r -> new Tally()).add(c);
      total.add(c);
    }
    counted
        .overdueByRegion()
        .forEach(
            (region, n) -> {
              byRegion.computeIfAbsent(region, r -> new Tally()).overdue += n;
              total.overdue += n;
            });
    List<Line> lines = new ArrayList<>();
    for (Regions.Region region : known) {
      Tally tally = byRegion.remove(region.code());
      if (tally != null) {
        lines.add(tally.line(region.code(), region.name(), columns));
      }
    }
    // petitions of a region the directory no longer lists, under its code
    byRegion.forEach(
        (code, tally) -> lines.add(tally.line(code, code.isEmpty() ? "지역 미상" : code, columns)));
    return new Summary(year, List.copyOf(columns), lines, total.line(null, "합계", columns));
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
      Map<String, Integer> byOutcome = new LinkedHashMap<>();
      columns.forEach(o -> byOutcome.put(o.code(), closed.getOrDefault(o.code(), 0)));
      int total = open + cancelled + closed.values().stream().mapToInt(Integer::intValue).sum();
      return new Line(code, name, total, open, overdue, byOutcome, cancelled);
    }
  }
}
