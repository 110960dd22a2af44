package kr.go.molit.rbd.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The engine REST API over real HTTP, as Tasklist and regional systems call it (HTTP Basic).
 *
 * <p>A plain HTTP/1.1 client: one kept-alive connection per calling thread, the request written in
 * one piece, the answer read by its length or its chunks. The harness's clients share the server's
 * two cores, so what they cost is taken from the server being measured: the JDK's {@code
 * java.net.http.HttpClient} (an executor, a selector thread and futures per exchange) cost about
 * 0.5 ms of CPU per request, as much as a fifth of a cheap REST call's own.
 */
final class EngineHttp {

  /** A response: its status and its body as text. */
  record Response(int statusCode, String body) {}

  /** A connection left unused this long may have been closed by the server: open a new one. */
  private static final long IDLE_NANOS = 5_000_000_000L;

  private final int port;
  private final ThreadLocal<Connection> connections = new ThreadLocal<>();

  EngineHttp(int port) {
    this.port = port;
  }

  Response post(String user, String path, String json, String accept) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("POST /engine-rest"
                + path
                + " HTTP/1.1\r\n"
                + "Host: localhost:"
                + port
                + "\r\n"
                + "Authorization: Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Type: application/json\r\nAccept: "
                + accept
                + "\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    Connection connection = connections.get();
    if (connection == null || System.nanoTime() - connection.lastUsed > IDLE_NANOS) {
      if (connection != null) {
        connection.close();
      }
      connection = new Connection(port);
      connections.set(connection);
    }
    try {
      Response response = connection.exchange(head, body);
      if (connection.closing) {
        connection.close();
        connections.remove();
      }
      return response;
    } catch (IOException e) {
      connection.close();
      connections.remove();
      throw new IllegalStateException(path + ": " + e, e);
    }
  }

  Response post(String user, String path, String json) {
    return post(user, path, json, "application/json");
  }

  private static final class Connection {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private long lastUsed = System.nanoTime();
    private boolean closing;

    Connection(int port) {
      try {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        socket.connect(new InetSocketAddress("localhost", port), 10_000);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
      } catch (IOException e) {
        throw new IllegalStateException("cannot connect to port " + port + ": " + e, e);
      }
    }

    Response exchange(byte[] head, byte[] body) throws IOException {
      byte[] request = new byte[head.length + body.length];
      System.arraycopy(head, 0, request, 0, head.length);
      System.arraycopy(body, 0, request, head.length, body.length);
      out.write(request);
      out.flush();
      String statusLine = line();
      int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
      long length = -1;
      boolean chunked = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        int colon = header.indexOf(':');
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
          case "connection" -> closing = value.equalsIgnoreCase("close");
          default -> {}
        }
      }
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      if (chunked) {
        for (int size = Integer.parseInt(line().split(";")[0].trim(), 16);
            size > 0;
            size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
          content.write(in.readNBytes(size));
          line();
        }
        while (!line().isEmpty()) {
          // trailers
        }
      } else if (length >= 0) {
        content.write(in.readNBytes((int) length));
      } else if (status != 204 && status != 304) {
        content.write(in.readAllBytes());
        closing = true;
      }
      lastUsed = System.nanoTime();
      return new Response(status, content.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new IOException("connection closed by the server");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }
}
