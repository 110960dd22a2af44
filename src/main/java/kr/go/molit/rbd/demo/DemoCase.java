package kr.go.molit.rbd.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.go.molit.rbd.forum.ForumVariables;
import kr.go.molit.rbd.petition.PetitionVariables;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One demo petition or forum session: the process, the official who starts it through its start
 * form, that form's fields, the steps that carry it to where the demo shows it waiting, and the
 * documents attached to it there. A petition may carry a {@code ref}, by which a later value
 * ({@code "@ref"}) or step names it.
 */
record DemoCase(
    String processKey,
    String ref,
    String by,
    Map<String, Object> form,
    List<Step> steps,
    List<Document> documents) {

  /**
   * A task of the case, completed through its form by an official of the group it is offered to;
   * among several open tasks with that id, the one about the petition {@code petition} names.
   */
  record Step(String task, String by, String petition, Map<String, Object> submit) {}

  /** A text document an official attaches to the petition once its steps are done (첨부 문서). */
  record Document(String by, String name, String description, String text) {}

  /** The file's petitions, then its sessions; an entry it cannot read is named by its position. */
  static List<DemoCase> parse(String text) {
    Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    Map<String, Object> top = map(root, "the file");
    List<DemoCase> cases = new ArrayList<>();
    Set<String> refs = new HashSet<>();
    read(top.get("petitions"), "petition", PetitionVariables.PROCESS_KEY, cases, refs);
    read(
        top.getOrDefault("sessions", List.of()),
        "session",
        ForumVariables.PROCESS_KEY,
        cases,
        refs);
    return List.copyOf(cases);
  }

  private static void read(
      Object entries, String kind, String processKey, List<DemoCase> cases, Set<String> refs) {
    int n = 0;
    for (Object entry : list(entries, kind + "s")) {
      String where = kind + " " + ++n;
      Map<String, Object> fields = map(entry, where);
      Map<String, Object> form = map(fields.get("form"), where + " form");
      refsKnown(form, refs, where + " form");
      List<Step> steps = new ArrayList<>();
      int s = 0;
      for (Object step : list(fields.getOrDefault("steps", List.of()), where + " steps")) {
        String at = where + " step " + ++s;
        Map<String, Object> stepFields = map(step, at);
        Map<String, Object> submit =
            map(stepFields.getOrDefault("submit", Map.of()), at + " submit");
        refsKnown(submit, refs, at);
        String petition = (String) stepFields.get("petition");
        if (petition != null) {
          refKnown(petition, refs, at);
        }
        steps.add(
            new Step(text(stepFields, "task", at), text(stepFields, "by", at), petition, submit));
      }
      List<Document> documents = new ArrayList<>();
      int d = 0;
      for (Object document :
          list(fields.getOrDefault("documents", List.of()), where + " documents")) {
        String at = where + " document " + ++d;
        Map<String, Object> documentFields = map(document, at);
        documents.add(
            new Document(
                text(documentFields, "by", at),
                text(documentFields, "name", at),
                (String) documentFields.get("description"),
                text(documentFields, "text", at)));
      }
      String ref = (String) fields.get("ref");
      if (ref != null && !refs.add("@" + ref)) {
        throw new IllegalArgumentException(where + ": ref '" + ref + "' is used twice");
      }
      cases.add(
          new DemoCase(
              processKey,
              ref,
              text(fields, "by", where),
              form,
              List.copyOf(steps),
              List.copyOf(documents)));
    }
  }

  /** Every "@ref" value names a petition given earlier in the file; dates are written as text. */
  private static void refsKnown(Map<String, Object> values, Set<String> refs, String where) {
    for (Object value : values.values()) {
      if (value instanceof java.util.Date) {
        throw new IllegalArgumentException(
            where + ": write dates in quotes ('2026-11-20'), as the form submits them");
      }
      for (Object item : value instanceof List<?> list ? list : List.of(String.valueOf(value))) {
        if (item instanceof String text && text.startsWith("@")) {
          refKnown(text, refs, where);
        }
      }
    }
  }

  private static void refKnown(String ref, Set<String> refs, String where) {
    if (!refs.contains(ref)) {
      throw new IllegalArgumentException(
          where + ": '" + ref + "' names no petition given before it");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String where) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(where + ": a mapping is expected");
    }
    return new LinkedHashMap<>((Map<String, Object>) map);
  }

  private static List<?> list(Object value, String where) {
    if (!(value instanceof List<?> list)) {
      throw new IllegalArgumentException(where + ": a list is expected");
    }
    return list;
  }

  private static String text(Map<String, Object> fields, String key, String where) {
    if (!(fields.get(key) instanceof String value) || value.isBlank()) {
      throw new IllegalArgumentException(where + ": '" + key + "' is missing");
    }
    return value;
  }
}
