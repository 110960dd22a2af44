package kr.go.molit.rbd.api;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Camunda's REST resources find the process engine with {@link java.util.ServiceLoader} in the
 * constructor of every resource, so each call of either engine API searched the class path for the
 * provider file ({@code META-INF/services/...ProcessEngineProvider}) and opened and parsed it from
 * its jar again: 4 % of the request threads' CPU in the submit-form profile. While such a request
 * runs, the thread's context class loader (the one {@code ServiceLoader} reads) is {@link Loader}:
 * the same loader as before, except that it reads each {@code META-INF/services} file once and then
 * answers from memory. The class path of a running server does not change.
 */
public final class ServiceFilesReadOnce implements Filter {

  private volatile Loader loader;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    if (original == null || original instanceof Loader) {
      chain.doFilter(request, response);
      return;
    }
    thread.setContextClassLoader(loaderFor(original));
    try {
      chain.doFilter(request, response);
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  /** The services files read so far, for operators' and tests' eyes. */
  public Set<String> servicesFilesRead() {
    Loader current = loader;
    return current == null ? Set.of() : Set.copyOf(current.serviceFiles.keySet());
  }

  /** One loader per original loader (a server has one), so what is keyed by loader stays shared. */
  Loader loaderFor(ClassLoader original) {
    Loader current = loader;
    if (current == null || current.getParent() != original) {
      current = new Loader(original);
      loader = current;
    }
    return current;
  }

  /**
   * The loader it wraps for everything (classes, resources), except that the {@code
   * META-INF/services} files are read once and kept in memory.
   */
  static final class Loader extends ClassLoader {

    private static final String SERVICES = "META-INF/services/";
    private static final String PROTOCOL = "rbd-service-file";

    static {
      registerAsParallelCapable();
    }

    private final ConcurrentMap<String, List<URL>> serviceFiles = new ConcurrentHashMap<>();

    Loader(ClassLoader parent) {
      super(parent);
    }

    /**
     * As the parent, except for names that cannot be a class: Spin tries the type of every JSON
     * variable it reads as a class name first ({@code java.util.ArrayList<java.lang.String>} for
     * our lists) and parses it only when that fails, and the failure searched the whole class path
     * (2 % of the request threads' samples in a division-review profile).
     */
    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.indexOf('<') >= 0) {
        throw new NotAClassName(name);
      }
      return getParent().loadClass(name);
    }

    @Override
    public URL getResource(String name) {
      return getParent().getResource(name);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      return getParent().getResourceAsStream(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (!name.startsWith(SERVICES)) {
        return getParent().getResources(name);
      }
      try {
        return Collections.enumeration(serviceFiles.computeIfAbsent(name, this::read));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    /** Thrown where nothing can be found, so without the cost of a stack trace. */
    private static final class NotAClassName extends ClassNotFoundException {
      NotAClassName(String name) {
        super(name);
      }

      @Override
      public synchronized Throwable fillInStackTrace() {
        return this;
      }
    }

    /**
     * Every copy of the file on the class path, in the parent's order, as URLs served from memory.
     */
    private List<URL> read(String name) {
      try {
        List<URL> copies = new ArrayList<>();
        Enumeration<URL> found = getParent().getResources(name);
        for (int i = 0; found.hasMoreElements(); i++) {
          URL original = found.nextElement();
          byte[] content;
          try (InputStream in = original.openStream()) {
            content = in.readAllBytes();
          }
          copies.add(inMemory(name, i, original, content));
        }
        return List.copyOf(copies);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static URL inMemory(String name, int index, URL original, byte[] content)
        throws MalformedURLException {
      URLStreamHandler handler =
          new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
              return new URLConnection(url) {
                @Override
                public void connect() {
                  connected = true;
                }

                @Override
                public InputStream getInputStream() {
                  return new ByteArrayInputStream(content);
                }

                @Override
                public String toString() {
                  return original.toString();
                }
              };
            }
          };
      return new URL(PROTOCOL, null, -1, "/" + index + "/" + name, handler);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    /**
     * First of all filters on both engine APIs, so the authentication filter's lookups profit too.
     */
    @Bean
    FilterRegistrationBean<ServiceFilesReadOnce> serviceFilesReadOnce() {
      FilterRegistrationBean<ServiceFilesReadOnce> registration =
          new FilterRegistrationBean<>(new ServiceFilesReadOnce());
      registration.setName("rbd-service-files-read-once");
      registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
      return registration;
    }
  }
}
