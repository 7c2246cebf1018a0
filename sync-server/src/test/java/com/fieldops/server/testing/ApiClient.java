package com.fieldops.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.PullResponse;
import com.fieldops.protocol.PushRequest;
import com.fieldops.protocol.PushResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A minimal HTTP client for API tests: raw calls plus typed push/pull for one signed-in user. */
public final class ApiClient {
  public static final MediaType JSON = MediaType.get("application/json");
  public static final OkHttpClient HTTP = new OkHttpClient.Builder().readTimeout(60, TimeUnit.SECONDS)
      .socketFactory(new com.fieldops.replica.sync.NoDelaySockets()).build();

  public record Reply(int status, String body, Headers headers) {
    public Reply(int status, String body) {
      this(status, body, Headers.of());
    }

    public String header(String name) {
      return headers.get(name);
    }

    public JsonNode json() {
      try {
        return Json.mapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(body, e);
      }
    }
  }

  private final String base;
  private final String token;
  private final String device;

  public ApiClient(String base, String token, String device) {
    this.base = base;
    this.token = token;
    this.device = device;
  }

  public String token() {
    return token;
  }

  public ApiClient withToken(String other) {
    return new ApiClient(base, other, device);
  }

  public Reply call(String method, String path, String body, String... headers) {
    Request.Builder b = new Request.Builder().url(base + path);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    MediaType type = JSON;
    for (int i = 0; i + 1 < headers.length; i += 2) {
      if (headers[i].equalsIgnoreCase("Content-Type")) {
        type = MediaType.get(headers[i + 1]);
      }
    }
    RequestBody rb = body == null ? (method.equals("GET") ? null : RequestBody.create(new byte[0], type))
        : RequestBody.create(body, type);
    b.method(method, rb);
    try (Response r = HTTP.newCall(b.build()).execute()) {
      return new Reply(r.code(), r.body() == null ? "" : r.body().string(), r.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Reply get(String path) {
    return call("GET", path, null);
  }

  public Reply post(String path, String body) {
    return call("POST", path, body);
  }

  public MutationEnvelope envelope(String type, UUID entityId, Object payload) {
    return new MutationEnvelope(Ids.newId(), type, entityId, null, device, Instant.now(),
        Json.mapper().valueToTree(payload));
  }

  public PushResponse push(List<MutationEnvelope> mutations) {
    Reply r = post("/api/v1/sync/push", Json.write(new PushRequest(mutations)));
    if (r.status() != 200) {
      throw new AssertionError("push answered " + r.status() + ": " + r.body());
    }
    try {
      return Json.mapper().readValue(r.body(), PushResponse.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public MutationResult push(String type, UUID entityId, Object payload) {
    return push(List.of(envelope(type, entityId, payload))).results().get(0);
  }

  public PullResponse pull(long after, int limit) {
    Reply r = get("/api/v1/sync/pull?after=" + after + "&limit=" + limit);
    if (r.status() != 200) {
      throw new AssertionError("pull answered " + r.status() + ": " + r.body());
    }
    try {
      return Json.mapper().readValue(r.body(), PullResponse.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pulls every page from {@code after}; the replica a client would build. */
  public Replica pullAll(long after) {
    Replica replica = new Replica();
    long cursor = after;
    while (true) {
      PullResponse page = pull(cursor, 200);
      replica.apply(page.changes());
      cursor = page.cursor();
      if (!page.hasMore()) {
        replica.cursor = cursor;
        return replica;
      }
    }
  }

  public static ObjectNode object() {
    return Json.mapper().createObjectNode();
  }

  public static List<MutationEnvelope> list(MutationEnvelope... e) {
    return new ArrayList<>(List.of(e));
  }
}
