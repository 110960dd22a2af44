package kr.go.molit.rbd.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ServiceFilesReadOnceTest {

  /** The class path's loader, counting how often a services file is searched for. */
  static final class CountingLoader extends ClassLoader {
    final AtomicInteger serviceSearches = new AtomicInteger();

    CountingLoader() {
      super(ServiceFilesReadOnceTest.class.getClassLoader());
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (name.startsWith("META-INF/services/")) {
        serviceSearches.incrementAndGet();
      }
      return super.getResources(name);
    }
  }

  private static List<String> providers(ClassLoader loader) {
    List<String> names = new ArrayList<>();
    ServiceLoader.load(ProcessEngineProvider.class, loader)
        .forEach(p -> names.add(p.getClass().getName()));
    return names;
  }

  @Test
  void findsTheSameProvidersAsTheLoaderItWrapsButSearchesTheClassPathOnce() {
    CountingLoader classPath = new CountingLoader();
    ServiceFilesReadOnce.Loader loader = new ServiceFilesReadOnce.Loader(classPath);

    List<String> expected = providers(classPath);
    assertThat(expected).isNotEmpty();
    classPath.serviceSearches.set(0);

    for (int i = 0; i < 5; i++) {
      assertThat(providers(loader)).isEqualTo(expected);
    }
    assertThat(classPath.serviceSearches).hasValue(1);
  }

  @Test
  void servesEveryCopyOfAServicesFileWithItsContent() throws IOException {
    ClassLoader classPath = getClass().getClassLoader();
    String name = "META-INF/services/" + ProcessEngineProvider.class.getName();
    List<URL> originals = Collections.list(classPath.getResources(name));
    List<URL> kept =
        Collections.list(new ServiceFilesReadOnce.Loader(classPath).getResources(name));

    assertThat(kept).hasSameSizeAs(originals);
    for (int i = 0; i < kept.size(); i++) {
      try (var original = originals.get(i).openStream();
          var copy = kept.get(i).openStream()) {
        assertThat(copy.readAllBytes()).isEqualTo(original.readAllBytes());
      }
    }
  }

  @Test
  void leavesClassesAndOtherResourcesToTheLoaderItWraps() throws Exception {
    ClassLoader classPath = getClass().getClassLoader();
    ServiceFilesReadOnce.Loader loader = new ServiceFilesReadOnce.Loader(classPath);

    assertThat(loader.loadClass(ProcessEngineProvider.class.getName()))
        .isSameAs(ProcessEngineProvider.class);
    assertThat(loader.getResource("application.yaml"))
        .isEqualTo(classPath.getResource("application.yaml"));
    assertThat(Collections.list(loader.getResources("application.yaml")))
        .isEqualTo(Collections.list(classPath.getResources("application.yaml")));
    assertThatThrownBy(() -> loader.loadClass("kr.go.molit.rbd.NoSuchClass"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void aGenericTypeNameFailsAsAClassWithoutSearchingTheClassPathAndSpinStillReadsIt()
      throws Exception {
    AtomicInteger asked = new AtomicInteger();
    ClassLoader classPath =
        new ClassLoader(getClass().getClassLoader()) {
          @Override
          protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.incrementAndGet();
            return super.loadClass(name, resolve);
          }
        };
    ServiceFilesReadOnce.Loader loader = new ServiceFilesReadOnce.Loader(classPath);
    String listOfStrings = "java.util.ArrayList<java.lang.String>";

    assertThatThrownBy(() -> Class.forName(listOfStrings, true, loader))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(asked).hasValue(0);

    ClassLoader original = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(loader);
    try {
      List<String> read = org.camunda.spin.Spin.JSON("[\"국토교통부\"]").mapTo(listOfStrings);
      assertThat(read).containsExactly("국토교통부");
    } finally {
      Thread.currentThread().setContextClassLoader(original);
    }
  }

  @Test
  void aRequestRunsWithTheLoaderAndTheThreadGetsItsOwnBackEvenAfterAFailure() {
    ServiceFilesReadOnce filter = new ServiceFilesReadOnce();
    ClassLoader original = Thread.currentThread().getContextClassLoader();
    AtomicReference<ClassLoader> during = new AtomicReference<>();

    assertThatThrownBy(
            () ->
                filter.doFilter(
                    new MockHttpServletRequest(),
                    new MockHttpServletResponse(),
                    (req, res) -> {
                      during.set(Thread.currentThread().getContextClassLoader());
                      throw new ServletException("resource failed");
                    }))
        .isInstanceOf(ServletException.class);

    assertThat(during.get()).isInstanceOf(ServiceFilesReadOnce.Loader.class);
    assertThat(during.get().getParent()).isSameAs(original);
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(original);
    assertThat(filter.loaderFor(original)).as("one loader for all requests").isSameAs(during.get());
  }
}
