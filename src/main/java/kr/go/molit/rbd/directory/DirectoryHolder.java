package kr.go.molit.rbd.directory;

import java.util.Objects;
import org.springframework.stereotype.Component;

/** The directory as applied at start, for the services that look things up in it. */
@Component
class DirectoryHolder {

  private volatile Directory directory;

  void set(Directory directory) {
    this.directory = directory;
  }

  Directory get() {
    return Objects.requireNonNull(directory, "the directory has not been applied yet");
  }
}
