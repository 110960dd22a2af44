package kr.go.molit.rbd.petition;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which petitions a list shows: of one region, of one year (by the number's year), in one {@link
 * State} ({@code null}: any), with one result ({@code outcome}, a code of the decision {@code
 * petition-outcome}), of one {@link Category} ({@code category}, its code), found by a search
 * ({@code search}: words of the title, or the start of a petition number), and which page of them.
 * Built from a request's parameters by {@link #parse}, which refuses a wrong value with the
 * parameter's name and a Korean message.
 */
public record PetitionFilter(
    String region,
    Integer year,
    State state,
    String outcome,
    String category,
    String search,
    int first,
    int max) {

  /** The values the parameters may name: region codes, and the results of the decision. */
  public record Choices(Collection<String> regions, List<PetitionOutcomes.Outcome> outcomes) {}

  /** Where petitions stand, as the {@code state} parameter names it. */
  public enum State {
    OPEN("open", "진행 중"),
    /** Open with a step past its due date: the steps to chase. */
    OVERDUE("overdue", "기한 경과"),
    CLOSED("closed", "종결");

    private final String code;
    private final String label;

    State(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String code() {
      return code;
    }

    public String label() {
      return label;
    }

    /** The state a {@code state} parameter's value names, if it names one. */
    static Optional<State> named(String code) {
      return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
  }

  /** A page of a list when the caller names none. */
  public static final int DEFAULT_MAX = 50;

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");
  private static final Pattern YEAR = Pattern.compile("20[0-9]{2}");

  /** A parameter of a petition list that cannot be used, and why, in Korean. */
  public static class Invalid extends RuntimeException {
    private final String field;

    Invalid(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /** The parameters that select petitions, without the page's {@code first} and {@code max}. */
  public static final List<String> SELECTING =
      List.of("region", "year", "state", "outcome", "category", "q");

  /** Of a request's parameters, only those named. */
  public static Map<String, String> only(Map<String, String> parameters, List<String> names) {
    Map<String, String> kept = new HashMap<>();
    names.stream()
        .filter(name -> parameters.get(name) != null)
        .forEach(name -> kept.put(name, parameters.get(name)));
    return kept;
  }

  /** The longest search a list takes. */
  public static final int MAX_SEARCH = 100;

  /**
   * The filter a request's parameters ask for: {@code region}, {@code year}, {@code state}, {@code
   * outcome}, {@code category}, {@code q} (the search), {@code first} and {@code max}; blank ones
   * count as absent, others are not read.
   *
   * @throws Invalid naming the first parameter that cannot be used
   */
  public static PetitionFilter parse(Map<String, String> parameters, Choices choices) {
    String region = parameters.get("region");
    String year = parameters.get("year");
    String state = parameters.get("state");
    String outcome = parameters.get("outcome");
    String category = parameters.get("category");
    String q = parameters.get("q");
    String first = parameters.get("first");
    String max = parameters.get("max");
    String regionCode = blank(region) ? null : region.strip();
    if (regionCode != null && !choices.regions().contains(regionCode)) {
      throw new Invalid("region", "region: 알 수 없는 지역 코드입니다 (예: busan, jeju).");
    }
    Integer yearValue = null;
    if (!blank(year)) {
      if (!YEAR.matcher(year.strip()).matches()) {
        throw new Invalid("year", "year: 연도는 네 자리 숫자로 적어 주십시오 (예: 2026).");
      }
      yearValue = Integer.valueOf(year.strip());
    }
    State stateValue = null;
    if (!blank(state)) {
      stateValue =
          State.named(state.strip())
              .orElseThrow(
                  () ->
                      new Invalid(
                          "state",
                          "state: 상태는 open(진행 중), overdue(기한 경과), closed(종결) 중 하나여야 합니다."));
    }
    String outcomeCode = blank(outcome) ? null : outcome.strip();
    if (outcomeCode != null
        && choices.outcomes().stream().noneMatch(o -> o.code().equals(outcomeCode))) {
      throw new Invalid(
          "outcome",
          "outcome: 처리 결과는 "
              + choices.outcomes().stream()
                  .map(o -> o.code() + "(" + o.label() + ")")
                  .collect(Collectors.joining(", "))
              + " 중 하나여야 합니다.");
    }
    String categoryCode = blank(category) ? null : category.strip();
    if (categoryCode != null && Category.ofCode(categoryCode).isEmpty()) {
      throw new Invalid(
          "category",
          "category: 분야는 "
              + Arrays.stream(Category.values())
                  .map(c -> c.code() + "(" + c.subject() + ")")
                  .collect(Collectors.joining(", "))
              + " 중 하나여야 합니다.");
    }
    String search = blank(q) ? null : q.strip().replaceAll("\\s+", " ");
    if (search != null && search.length() > MAX_SEARCH) {
      throw new Invalid("q", "q: 검색어는 " + MAX_SEARCH + "자까지입니다.");
    }
    int firstValue = 0;
    if (!blank(first)) {
      if (!DIGITS.matcher(first.strip()).matches()) {
        throw new Invalid("first", "first: 시작 위치는 0 이상의 정수여야 합니다.");
      }
      firstValue = Integer.parseInt(first.strip());
    }
    int maxValue = DEFAULT_MAX;
    if (!blank(max)) {
      String m = max.strip();
      if (!DIGITS.matcher(m).matches()
          || Integer.parseInt(m) < 1
          || Integer.parseInt(m) > PetitionStatus.MAX_LIST) {
        throw new Invalid("max", "max: 한 번에 볼 건수는 1부터 " + PetitionStatus.MAX_LIST + "까지입니다.");
      }
      maxValue = Integer.parseInt(m);
    }
    return new PetitionFilter(
        regionCode, yearValue, stateValue, outcomeCode, categoryCode, search, firstValue, maxValue);
  }

  /**
   * The parameters that ask {@link #parse} for this filter, the set ones in order, without {@code
   * max} (the pages keep the default): what a link to its page carries.
   */
  public Map<String, String> linkParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    put(parameters, "region", region);
    put(parameters, "year", year == null ? null : year.toString());
    put(parameters, "state", state == null ? null : state.code());
    put(parameters, "outcome", outcome);
    put(parameters, "category", category);
    put(parameters, "q", search);
    put(parameters, "first", first > 0 ? String.valueOf(first) : null);
    return parameters;
  }

  private static void put(Map<String, String> parameters, String name, String value) {
    if (value != null) {
      parameters.put(name, value);
    }
  }

  /** The same filter for another region (null: every region), from the first page. */
  public PetitionFilter withRegion(String code) {
    return new PetitionFilter(code, year, state, outcome, category, search, 0, max);
  }

  /** The same filter for another year (null: every year), from the first page. */
  public PetitionFilter withYear(Integer numberYear) {
    return new PetitionFilter(region, numberYear, state, outcome, category, search, 0, max);
  }

  /** The same filter for petitions in another state (null: any), from the first page. */
  public PetitionFilter withState(State other) {
    return new PetitionFilter(region, year, other, outcome, category, search, 0, max);
  }

  /** The same filter for petitions with another result (null: any), from the first page. */
  public PetitionFilter withOutcome(String code) {
    return new PetitionFilter(region, year, state, code, category, search, 0, max);
  }

  /** The same filter for petitions of another category (null: any), from the first page. */
  public PetitionFilter withCategory(String code) {
    return new PetitionFilter(region, year, state, outcome, code, search, 0, max);
  }

  /** The same filter with another search (null: none), from the first page. */
  public PetitionFilter withSearch(String text) {
    return new PetitionFilter(region, year, state, outcome, category, text, 0, max);
  }

  /** The same filter from another position. */
  public PetitionFilter from(int position) {
    return new PetitionFilter(
        region, year, state, outcome, category, search, Math.max(0, position), max);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
