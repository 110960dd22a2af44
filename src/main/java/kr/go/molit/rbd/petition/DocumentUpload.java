package kr.go.molit.rbd.petition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.multipart.MultipartFile;

/**
 * A document an official attaches to a petition (위치도, 사업계획서 ...), checked before it reaches the
 * engine: a file of a kind officials exchange, neither empty nor larger than the limit, named as
 * the official's computer named it (without folders, control or direction characters), with an
 * optional short description. Its media type follows from its extension, never from the browser.
 */
public record DocumentUpload(String name, String description, String type, byte[] content) {

  /**
   * The kinds of file a petition may carry, by extension, with the media type each is served as.
   */
  static final Map<String, String> TYPES = types();

  static final int MOST_NAME = 150;
  static final int MOST_DESCRIPTION = 200;

  /** C0 and C1 controls, and the marks that reverse how a name reads ("exe.fdp"). */
  private static final Pattern UNSAFE =
      Pattern.compile("[\\p{Cntrl}\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]");

  /**
   * A file sent in a multipart form ({@code file}), with its description, as {@link #of} keeps it.
   */
  public static DocumentUpload of(MultipartFile file, String description, long mostBytes) {
    try {
      return of(
          file == null ? null : file.getOriginalFilename(),
          description,
          file == null ? null : file.getBytes(),
          mostBytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What an official sent, refused with a message naming the field when it cannot be kept. */
  public static DocumentUpload of(
      String fileName, String description, byte[] content, long mostBytes) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = UNSAFE.matcher(name).replaceAll("").strip();
    if (name.isEmpty() || content == null) {
      throw new Refused("file", "file: 첨부할 파일을 고르십시오.");
    }
    if (name.length() > MOST_NAME) {
      throw new Refused("file", "file: 파일 이름은 " + MOST_NAME + "자까지입니다.");
    }
    int dot = name.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (type == null) {
      throw new Refused(
          "file", "file: 첨부할 수 있는 파일 형식은 " + String.join(", ", TYPES.keySet()) + "입니다.");
    }
    if (content.length == 0) {
      throw new Refused("file", "file: 내용이 없는 파일은 첨부할 수 없습니다.");
    }
    if (content.length > mostBytes) {
      throw new Refused(
          "file",
          "file: 파일은 "
              + megabytes(mostBytes)
              + "까지 첨부할 수 있습니다 (이 파일은 "
              + megabytes(content.length)
              + ").");
    }
    String text = description == null ? null : UNSAFE.matcher(description).replaceAll(" ").strip();
    if (text != null && text.length() > MOST_DESCRIPTION) {
      throw new Refused("description", "description: 설명은 " + MOST_DESCRIPTION + "자까지 적을 수 있습니다.");
    }
    return new DocumentUpload(name, text == null || text.isEmpty() ? null : text, type, content);
  }

  /** The kinds a file chooser offers: {@code .pdf,.hwp,…}. */
  static String accepted() {
    return String.join(",", TYPES.keySet().stream().map(type -> "." + type).toList());
  }

  /** What may be attached, as the forms tell officials beside the file chooser. */
  static String limits(long mostBytes) {
    return String.join(", ", TYPES.keySet())
        + " 파일, "
        + megabytes(mostBytes)
        + "까지 · 한 건의에 "
        + PetitionDocuments.MOST_PER_PETITION
        + "개까지";
  }

  /** A limit or a large file's size as officials read it, rounded up: 10MB, 2.5MB, 10.1MB. */
  static String megabytes(long bytes) {
    String text =
        String.format(Locale.ROOT, "%.1f", Math.ceil(bytes * 10 / (1024.0 * 1024.0)) / 10);
    return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "MB";
  }

  /** A document's size as the page lists it: in KB (rounded up) below 1MB, else in MB. */
  static String size(long bytes) {
    return bytes < 1024 * 1024 ? Math.max(1, (bytes + 1023) / 1024) + "KB" : megabytes(bytes);
  }

  /**
   * Why a document cannot be attached, with the HTTP status that says so: 400 for what was sent
   * (the message names the field, as the page shows it), 403 or 409 for who sent it and when.
   */
  public static final class Refused extends RuntimeException {
    private final int status;
    private final String field;

    Refused(String field, String message) {
      this(400, field, message);
    }

    Refused(int status, String field, String message) {
      super(message);
      this.status = status;
      this.field = field;
    }

    public int status() {
      return status;
    }

    public String field() {
      return field;
    }
  }

  private static Map<String, String> types() {
    Map<String, String> types = new LinkedHashMap<>();
    types.put("pdf", "application/pdf");
    types.put("hwp", "application/x-hwp");
    types.put("hwpx", "application/hwp+zip");
    types.put("doc", "application/msword");
    types.put("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    types.put("xls", "application/vnd.ms-excel");
    types.put("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    types.put("ppt", "application/vnd.ms-powerpoint");
    types.put("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    types.put("txt", "text/plain");
    types.put("csv", "text/csv");
    types.put("jpg", "image/jpeg");
    types.put("jpeg", "image/jpeg");
    types.put("png", "image/png");
    types.put("zip", "application/zip");
    return java.util.Collections.unmodifiableMap(types);
  }
}
