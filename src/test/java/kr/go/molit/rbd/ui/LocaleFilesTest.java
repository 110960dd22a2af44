package kr.go.molit.rbd.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our ko.json of each webapp must cover the shipped en.json of the Camunda version we run, key for
 * key, keep its placeholders and really be Korean. A Camunda upgrade that adds keys fails here
 * instead of showing raw keys to officials.
 */
class LocaleFilesTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Path OUR_RESOURCES = Path.of("src/main/resources");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

  /** Words that may stay in Latin letters: product names and technical tokens. */
  private static final Set<String> KEPT_WORDS =
      Set.of(
          "Camunda",
          "Cockpit",
          "Tasklist",
          "Admin",
          "Optimize",
          "BPMN",
          "DMN",
          "CMMN",
          "FEEL",
          "REST",
          "API",
          "URL",
          "URI",
          "HTTP",
          "JSON",
          "XML",
          "LDAP",
          "CSV",
          "UTC",
          "UUID",
          "Java",
          "Spin",
          "null",
          "true",
          "false",
          "EDE",
          "FNI");

  /** Alternatives the glossary (docs/glossary-ko.md) rejects, each with the term to use instead. */
  private static final Map<Pattern, String> REJECTED_TERMS = rejectedTerms();

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void koreanCoversEveryShippedKey(String app) throws IOException {
    Map<String, JsonNode> english = leaves(shippedEnglish(app));
    Map<String, JsonNode> korean = leaves(ourKorean(app));

    List<String> problems = new ArrayList<>();
    missing(english, korean).forEach(key -> problems.add("missing key " + key));
    missing(korean, english).forEach(key -> problems.add("extra key " + key));
    english.forEach(
        (key, en) -> {
          JsonNode ko = korean.get(key);
          if (ko == null) {
            return;
          }
          if (en.isTextual() != ko.isTextual()) {
            problems.add(key + ": English is " + en.getNodeType() + ", Korean " + ko.getNodeType());
          } else if (en.isTextual()) {
            checkText(key, en.asText(), ko.asText(), problems);
          }
        });

    assertThat(problems).as("%d problems in %s", problems.size(), ourFile(app)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void koreanUsesTheGlossaryTerms(String app) throws IOException {
    List<String> problems = new ArrayList<>();
    leaves(ourKorean(app))
        .forEach(
            (key, value) ->
                REJECTED_TERMS.forEach(
                    (rejected, preferred) -> {
                      if (rejected.matcher(value.asText()).find()) {
                        problems.add(key + " uses '" + rejected + "' instead of " + preferred);
                      }
                    }));
    assertThat(problems).as("glossary terms in %s", ourFile(app)).isEmpty();
  }

  private static void checkText(String key, String en, String ko, List<String> problems) {
    if (!placeholders(en).equals(placeholders(ko))) {
      problems.add(key + ": placeholders " + placeholders(ko) + " instead of " + placeholders(en));
    }
    if (en.equals(ko)) {
      Matcher words = WORD.matcher(en);
      while (words.find()) {
        if (!KEPT_WORDS.contains(words.group())) {
          problems.add(key + ": left in English: " + en);
          return;
        }
      }
    }
  }

  private static List<String> placeholders(String text) {
    List<String> names = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    Collections.sort(names);
    return names;
  }

  private static Set<String> missing(Map<String, JsonNode> from, Map<String, JsonNode> in) {
    Set<String> keys = new TreeSet<>(from.keySet());
    keys.removeAll(in.keySet());
    return keys;
  }

  /** Flattens to {@code labels.KEY} and {@code dateLocales.months[0]} paths. */
  private static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(
            path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
            field.getValue(),
            leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  /**
   * The en.json inside Camunda's webjar. Our resources share its classpath folder, so pick the copy
   * that comes from the jar rather than trusting whichever is first.
   */
  private JsonNode shippedEnglish(String app) throws IOException {
    String resource = LOCALES.formatted(app, "en");
    for (URL url : Collections.list(getClass().getClassLoader().getResources(resource))) {
      if (url.toString().contains("camunda-webapp-webjar")) {
        try (InputStream in = url.openStream()) {
          return parse(in.readAllBytes(), url.toString());
        }
      }
    }
    return fail("Camunda's %s is not on the test classpath", resource);
  }

  private JsonNode ourKorean(String app) throws IOException {
    Path file = ourFile(app);
    if (!Files.isRegularFile(file)) {
      fail("%s does not exist: the %s webapp has no Korean translation yet", file, app);
    }
    return parse(Files.readAllBytes(file), file.toString());
  }

  private static Path ourFile(String app) {
    return OUR_RESOURCES.resolve(LOCALES.formatted(app, "ko"));
  }

  // Jackson skips the UTF-8 byte order mark Camunda's en.json files start with.
  private JsonNode parse(byte[] content, String name) throws IOException {
    try {
      return json.readTree(content);
    } catch (JsonProcessingException e) {
      return fail("%s is not valid JSON: %s", name, e.getOriginalMessage());
    }
  }

  private static Map<Pattern, String> rejectedTerms() {
    Map<Pattern, String> terms = new LinkedHashMap<>();
    terms.put(Pattern.compile("태스크"), "업무");
    terms.put(Pattern.compile("할당자|양수인"), "담당자");
    terms.put(Pattern.compile("후보 ?그룹"), "처리 그룹");
    terms.put(Pattern.compile("후보 ?사용자"), "처리 후보자");
    terms.put(Pattern.compile("마감일|만기일"), "기한");
    terms.put(Pattern.compile("클레임"), "업무 가져오기");
    terms.put(Pattern.compile("디플로이먼트"), "배포");
    terms.put(Pattern.compile("인시던트"), "장애");
    // "잡" only as a word of its own: it is also a syllable of words such as 복잡.
    terms.put(Pattern.compile("(?<![가-힣])잡(?![가-힣])"), "작업");
    terms.put(Pattern.compile("유저"), "사용자");
    terms.put(Pattern.compile("히스토리"), "이력");
    terms.put(Pattern.compile("코멘트|댓글"), "의견");
    terms.put(Pattern.compile("사인인"), "로그인");
    terms.put(Pattern.compile("사인아웃"), "로그아웃");
    terms.put(Pattern.compile("패스워드"), "비밀번호");
    return terms;
  }
}
