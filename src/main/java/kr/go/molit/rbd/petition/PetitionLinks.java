package kr.go.molit.rbd.petition;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * Where 건의 현황 serves a petition's record ({@code /petitions/RP-2026-00042}), for the pages, mails
 * and forms that link to it. The forms spell the same path in their Markdown (PetitionFormsTest);
 * 알림함 and the mails spell it too, since the notification package serves the petition package and
 * does not depend on it.
 */
public final class PetitionLinks {

  /** 건의 현황 under the server's context path. */
  public static final String PATH = "/petitions";

  private PetitionLinks() {}

  /** The record's path under the server's context path. */
  public static String record(String number) {
    return PATH + "/" + segment(number);
  }

  /** The petition number as one path segment. */
  public static String segment(String number) {
    return UriUtils.encodePathSegment(number, StandardCharsets.UTF_8);
  }
}
