package com.fieldops.replica.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * The sync engine's requests go out on sockets with TCP_NODELAY: a push or a photo chunk does not wait
 * for the server's delayed ACK (~40 ms a request on Linux) before its last bytes leave.
 */
class NoDelaySocketsTest {
  @Test
  void theEnginesRequestsUseSocketsWithoutNagle() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    try {
      SyncSettings settings = new SyncSettings(null, Locale.ENGLISH, Clock.systemUTC(), Duration.ofSeconds(30),
          Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(5), 50, List.of());
      AtomicReference<Boolean> noDelay = new AtomicReference<>();
      OkHttpClient client = SyncEngine.httpClient(settings).newBuilder().eventListener(new EventListener() {
        @Override
        public void connectionAcquired(Call call, Connection connection) {
          try {
            noDelay.set(connection.socket().getTcpNoDelay());
          } catch (java.net.SocketException e) {
            throw new IllegalStateException(e);
          }
        }
      }).build();
      Request push = new Request.Builder().url("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/push")
          .post(RequestBody.create("{\"mutations\":[]}", MediaType.get("application/json"))).build();
      try (Response response = client.newCall(push).execute()) {
        assertThat(response.code()).isEqualTo(204);
      }
      assertThat(noDelay.get()).as("TCP_NODELAY on the connection the push went out on").isTrue();
    } finally {
      server.stop(0);
    }
  }
}
