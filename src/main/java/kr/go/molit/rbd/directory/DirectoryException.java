package kr.go.molit.rbd.directory;

/** The directory file cannot be applied; the message names the file and line. */
public class DirectoryException extends RuntimeException {

  DirectoryException(String source, int line, String reason) {
    super("Directory " + source + " line " + line + ": " + reason);
  }

  DirectoryException(String source, String reason, Throwable cause) {
    super("Directory " + source + ": " + reason, cause);
  }
}
