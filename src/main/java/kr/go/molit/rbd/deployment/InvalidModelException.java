package kr.go.molit.rbd.deployment;

/**
 * A model or form under processes/ or forms/ that cannot be deployed; the message names the file.
 */
public class InvalidModelException extends RuntimeException {

  InvalidModelException(String resource, String reason) {
    super("Model " + resource + " cannot be deployed: " + reason);
  }
}
