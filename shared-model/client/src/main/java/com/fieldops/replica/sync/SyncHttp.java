package com.fieldops.replica.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.ApiError;
import com.fieldops.protocol.PullResponse;
import com.fieldops.protocol.PushRequest;
import com.fieldops.protocol.PushResponse;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.protocol.SignInResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/** The sync API over OkHttp: blocking calls, made only from the engine's background threads. */
final class SyncHttp {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final MediaType OCTETS = MediaType.get("application/octet-stream");

  private final OkHttpClient client;
  private final OkHttpClient streamClient;
  private final HttpUrl base;
  private final Locale locale;
  private final Supplier<String> token;

  SyncHttp(OkHttpClient client, String baseUrl, Locale locale, Supplier<String> token) {
    this.client = client;
    // the event stream stays open: no read timeout for it
    this.streamClient = client.newBuilder().readTimeout(java.time.Duration.ZERO).build();
    this.base = HttpUrl.get(baseUrl);
    this.locale = locale;
    this.token = token;
  }

  SignInResponse signIn(SignInRequest request) throws IOException, SyncHttpException {
    return call(post(Endpoints.SIGN_IN, request, false), SignInResponse.class);
  }

  SignInResponse renew() throws IOException, SyncHttpException {
    return call(post(Endpoints.RENEW, java.util.Map.of(), true), SignInResponse.class);
  }

  void signOut() throws IOException, SyncHttpException {
    call(post(Endpoints.SIGN_OUT, java.util.Map.of(), true), null);
  }

  PushResponse push(PushRequest request) throws IOException, SyncHttpException {
    return call(post(Endpoints.PUSH, request, true), PushResponse.class);
  }

  /** Who the session belongs to: {@code userId, role, region?, technicianId?}. */
  com.fasterxml.jackson.databind.JsonNode me() throws IOException, SyncHttpException {
    return call(authed(new Request.Builder().url(base.resolve(Endpoints.ME)).get()).build(),
        com.fasterxml.jackson.databind.JsonNode.class);
  }

  PullResponse pull(long after, int limit) throws IOException, SyncHttpException {
    HttpUrl url = base.resolve(Endpoints.PULL).newBuilder().addQueryParameter("after", Long.toString(after))
        .addQueryParameter("limit", Integer.toString(limit)).build();
    return call(authed(new Request.Builder().url(url).get()).build(), PullResponse.class);
  }

  /** The caller's working set, as one page (docs/decisions/0031); an older server answers 404. */
  PullResponse workingSet() throws IOException, SyncHttpException {
    return call(authed(new Request.Builder().url(base.resolve(Endpoints.WORKING_SET)).get()).build(),
        PullResponse.class);
  }

  /**
   * The live poke stream, from {@code after} (the replica's cursor): the server subscribes the
   * stream only after its headers are out, so a change committed in between would otherwise wait
   * for the next one; with the cursor the server pokes at once when the replica is behind.
   */
  EventSource events(long after, EventSourceListener listener) {
    HttpUrl url = base.resolve(Endpoints.EVENTS).newBuilder().addQueryParameter("after", Long.toString(after))
        .build();
    Request request = authed(new Request.Builder().url(url).header("Accept", "text/event-stream")).build();
    return EventSources.createFactory(streamClient).newEventSource(request, listener);
  }

  /**
   * An authorised call on OkHttp's own threads (never the caller's, so a UI thread may make it):
   * completes with the answer's status and text, whatever the status.
   */
  java.util.concurrent.CompletableFuture<String[]> send(String method, String path, RequestBody body) {
    Request request = authed(new Request.Builder().url(base.resolve(path)).method(method, body)).build();
    java.util.concurrent.CompletableFuture<String[]> done = new java.util.concurrent.CompletableFuture<>();
    client.newCall(request).enqueue(new okhttp3.Callback() {
      @Override
      public void onFailure(okhttp3.Call call, IOException e) {
        done.completeExceptionally(e);
      }

      @Override
      public void onResponse(okhttp3.Call call, Response response) {
        try (response) {
          ResponseBody b = response.body();
          done.complete(new String[] {Integer.toString(response.code()), b == null ? "" : b.string()});
        } catch (IOException | RuntimeException e) {
          done.completeExceptionally(e);
        }
      }
    });
    return done;
  }

  /**
   * GETs {@code path} with {@code query} and writes the body to {@code target} through a file beside it,
   * moved into place only when complete: a broken download never leaves half a file under the name.
   * Returns the number of bytes written.
   */
  long download(String path, java.util.Map<String, String> query, java.nio.file.Path target)
      throws IOException, SyncHttpException {
    HttpUrl.Builder url = base.resolve(path).newBuilder();
    query.forEach(url::addQueryParameter);
    try (Response response = client.newCall(authed(new Request.Builder().url(url.build()).get()).build()).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        String text = body == null ? "" : body.string();
        throw new SyncHttpException(response.code(), readError(text),
            SyncHttpException.retryAfter(response.header("Retry-After")));
      }
      java.nio.file.Path dir = target.toAbsolutePath().getParent();
      java.nio.file.Path part = java.nio.file.Files.createTempFile(dir, ".download-", ".part");
      try {
        long bytes;
        try (java.io.InputStream in = body.byteStream()) {
          bytes = java.nio.file.Files.copy(in, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        java.nio.file.Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return bytes;
      } finally {
        java.nio.file.Files.deleteIfExists(part);
      }
    }
  }

  /** How much of a photo the server has: {@code {sha256, received, sizeBytes, complete}} (where a cut upload resumes). */
  com.fasterxml.jackson.databind.JsonNode photoUpload(String sha256) throws IOException, SyncHttpException {
    return call(authed(new Request.Builder().url(base.resolve(Endpoints.PHOTOS + sha256 + "/upload")).get()).build(),
        com.fasterxml.jackson.databind.JsonNode.class);
  }

  /** Sends bytes {@code [offset, offset + length)} of a photo of {@code size} bytes; answers like {@link #photoUpload}. */
  com.fasterxml.jackson.databind.JsonNode putPhoto(String sha256, long size, long offset, byte[] bytes, int from,
      int length) throws IOException, SyncHttpException {
    HttpUrl url = base.resolve(Endpoints.PHOTOS + sha256).newBuilder().addQueryParameter("size", Long.toString(size))
        .addQueryParameter("offset", Long.toString(offset)).build();
    RequestBody body = RequestBody.create(bytes, OCTETS, from, length);
    return call(authed(new Request.Builder().url(url).put(body)).build(), com.fasterxml.jackson.databind.JsonNode.class);
  }

  /** A job's photo from the server: its bytes and media type. */
  PhotoBytes photo(java.util.UUID workOrderId, String sha256) throws IOException, SyncHttpException {
    Request request = authed(new Request.Builder()
        .url(base.resolve(Endpoints.WORK_ORDERS + workOrderId + "/photos/" + sha256)).get()).build();
    try (Response response = client.newCall(request).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful()) {
        throw new SyncHttpException(response.code(), readError(body == null ? "" : body.string()),
            SyncHttpException.retryAfter(response.header("Retry-After")));
      }
      MediaType type = body == null ? null : body.contentType();
      return new PhotoBytes(body == null ? new byte[0] : body.bytes(),
          type == null ? "application/octet-stream" : type.type() + "/" + type.subtype());
    }
  }

  record PhotoBytes(byte[] bytes, String contentType) {}

  private Request post(String path, Object body, boolean auth) {
    Request.Builder b = new Request.Builder().url(base.resolve(path)).post(RequestBody.create(write(body), JSON));
    return (auth ? authed(b) : b.header("Accept-Language", locale.toLanguageTag())).build();
  }

  private Request.Builder authed(Request.Builder b) {
    String t = token.get();
    if (t != null) {
      b.header("Authorization", "Bearer " + t);
    }
    return b.header("Accept-Language", locale.toLanguageTag());
  }

  private <T> T call(Request request, Class<T> type) throws IOException, SyncHttpException {
    try (Response response = client.newCall(request).execute()) {
      ResponseBody body = response.body();
      String text = body == null ? "" : body.string();
      if (!response.isSuccessful()) {
        throw new SyncHttpException(response.code(), readError(text),
            SyncHttpException.retryAfter(response.header("Retry-After")));
      }
      if (type == null) {
        return null;
      }
      try {
        return Json.mapper().readValue(text, type);
      } catch (JsonProcessingException e) {
        // a truncated or garbled answer is a transport failure: try again later
        throw new IOException("unreadable answer from " + request.url().encodedPath(), e);
      }
    }
  }

  private static ApiError readError(String text) {
    try {
      return text.isBlank() ? null : Json.mapper().readValue(text, ApiError.class);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String write(Object body) {
    try {
      return Json.mapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
