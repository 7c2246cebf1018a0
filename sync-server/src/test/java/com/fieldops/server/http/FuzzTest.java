package com.fieldops.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.StoredData;
import com.fieldops.server.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random and mutated bodies to every endpoint: never a 5xx, never a change to stored
 * data. The caller is a technician whose valid-looking mutations all point at things outside their
 * scope, so nothing may be applied; the seed is fixed so a failure can be replayed.
 */
class FuzzTest {
  private static final long SEED = 20261122L;
  private static final int REQUESTS = 4000;
  private static final long BUDGET_MILLIS = 60_000;

  private static final String[] ATOMS = {"null", "true", "false", "0", "-1", "1e309", "9223372036854775808", "\"\"",
      "\"x\"", "[]", "{}", "\"P1\"", "\"NEW\"", "\"2026-01-01T00:00:00Z\"", "\"not-a-uuid\"", "1.5", "\"\\u0000\"",
      "\"工单\"", "[[[[[[[[[[]]]]]]]]]]", "{\"a\":{\"b\":{\"c\":{}}}}"};

  @Test
  void randomAndMutatedBodiesNeverCauseA5xxOrAChange() {
    try (TestServer server = TestServer.start(Dialect.SQLITE)) {
      ApiClient tech = server.as("tech1");
      String before = StoredData.fingerprint(server.db);
      Random random = new Random(SEED);
      List<String> seeds = validBodies(server, tech);
      String[][] endpoints = {
          {"POST", "/api/v1/sync/push"}, {"POST", "/api/v1/auth/sign-in"}, {"GET", "/api/v1/sync/pull"},
          {"GET", "/api/v1/audit"}, {"GET", "/api/v1/auth/me"}, {"POST", "/api/v1/auth/renew"},
          {"GET", "/api/v1/openapi.json"}, {"GET", "/health"}, {"PUT", "/api/v1/sync/push"}, {"POST", "/api/v1/x"}};
      long start = System.currentTimeMillis();
      int sent = 0;
      List<String> failures = new ArrayList<>();
      java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
      while (sent < REQUESTS && System.currentTimeMillis() - start < BUDGET_MILLIS) {
        String[] ep = endpoints[random.nextInt(endpoints.length)];
        String body = switch (random.nextInt(4)) {
          case 0 -> randomJson(random, 0);
          case 1 -> randomBytes(random);
          default -> mutate(seeds.get(random.nextInt(seeds.size())), random);
        };
        String path = ep[1];
        if (ep[0].equals("GET")) {
          path += "?after=" + pick(random, "0", "-5", "x", "99999999999999999999", "1") + "&limit="
              + pick(random, "1", "0", "abc", "100000", "") + "&userId=" + pick(random, "x", Ids.newId().toString())
              + "&from=" + pick(random, "2026-01-01T00:00:00Z", "yesterday");
        }
        ApiClient caller = ep[1].endsWith("renew") ? tech.withToken("not-a-token") : tech;
        ApiClient.Reply r = caller.call(ep[0], path, ep[0].equals("GET") ? null : body,
            "Accept-Language", pick(random, "en", "zh-CN", "xx;q=bad", "*"));
        statuses.merge(r.status(), 1, Integer::sum);
        if (r.status() >= 500) {
          failures.add(ep[0] + " " + path + " -> " + r.status() + " for " + abbreviate(body));
        } else if (r.status() >= 400) {
          assertThat(r.body()).as("error body of %s %s", ep[0], path).contains("\"code\"").contains("\"message\"");
        }
        sent++;
      }
      assertThat(failures).isEmpty();
      assertThat(sent).isGreaterThanOrEqualTo(1000);
      // the fuzz must reach both the refusals and the accepted paths (parsed pushes, rejected per mutation)
      assertThat(statuses.getOrDefault(200, 0)).as("statuses %s", statuses).isGreaterThan(100);
      assertThat(statuses.getOrDefault(400, 0)).as("statuses %s", statuses).isGreaterThan(100);
      assertThat(StoredData.fingerprint(server.db)).isEqualTo(before);
    }
  }

  /** Valid-looking bodies whose targets are all outside tech1's scope (south site, unknown jobs). */
  private static List<String> validBodies(TestServer server, ApiClient tech) {
    UUID south = server.world.southSite;
    UUID customer = server.world.customer;
    String env = "{\"id\":\"%s\",\"type\":\"%s\",\"entityId\":\"%s\",\"deviceId\":\"d1\","
        + "\"recordedAt\":\"2026-03-01T10:00:00Z\",\"payload\":%s}";
    List<String> out = new ArrayList<>();
    out.add("{\"mutations\":[" + String.format(env, Ids.newId(), "CreateWorkOrder", Ids.newId(),
        "{\"customerId\":\"" + customer + "\",\"siteId\":\"" + south + "\",\"type\":\"REPAIR\",\"priority\":\"P1\","
            + "\"problem\":\"Leak\"}") + "]}");
    out.add("{\"mutations\":[" + String.format(env, Ids.newId(), "ChangeWorkOrderStatus", Ids.newId(),
        "{\"to\":\"ON_HOLD\",\"onHoldReason\":\"WAITING_FOR_PARTS\"}") + "]}");
    out.add("{\"mutations\":[" + String.format(env, Ids.newId(), "AddNote", Ids.newId(),
        "{\"noteId\":\"" + Ids.newId() + "\",\"text\":\"hello\",\"visibleToCustomer\":true}") + "]}");
    out.add("{\"mutations\":[" + String.format(env, Ids.newId(), "EditWorkOrder", Ids.newId(),
        "{\"edits\":[{\"field\":\"problem\",\"from\":\"a\",\"to\":\"b\"}]}") + "]}");
    out.add("{\"mutations\":[" + String.format(env, Ids.newId(), "UpsertCustomer", customer,
        "{\"customer\":{\"id\":\"" + customer + "\",\"name\":\"Evil\",\"billingAddress\":{\"street\":\"s\","
            + "\"city\":\"c\",\"countryCode\":\"US\"}}}") + "]}");
    out.add("{\"mutations\":[" + String.format(env, Ids.newId(), "AddTimeEntry", Ids.newId(),
        "{\"timeEntryId\":\"" + Ids.newId() + "\",\"kind\":\"LABOUR\",\"start\":\"2026-03-01T08:00:00Z\","
            + "\"end\":\"2026-03-01T09:00:00Z\",\"billable\":true}") + "]}");
    out.add("{\"username\":\"tech1\",\"password\":\"wrong-pass\",\"deviceId\":\"d\"}");
    return out;
  }

  private static String mutate(String s, Random random) {
    StringBuilder b = new StringBuilder(s);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && b.length() > 0; i++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(6)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, (char) (32 + random.nextInt(95)));
        case 2 -> b.setCharAt(at, "{}[]\",:0a\\".charAt(random.nextInt(10)));
        case 3 -> b.insert(at, ATOMS[random.nextInt(ATOMS.length)]);
        case 4 -> {
          int end = Math.min(b.length(), at + random.nextInt(20));
          b.delete(at, end);
        }
        default -> {
          // replace a quoted value with an atom of another type
          int q = b.indexOf(":\"", at);
          if (q > 0) {
            int close = b.indexOf("\"", q + 2);
            if (close > q) {
              b.replace(q + 1, close + 1, ATOMS[random.nextInt(ATOMS.length)]);
            }
          }
        }
      }
    }
    return b.toString();
  }

  private static String randomJson(Random random, int depth) {
    if (depth > 4 || random.nextInt(3) == 0) {
      return ATOMS[random.nextInt(ATOMS.length)];
    }
    StringBuilder b = new StringBuilder();
    if (random.nextBoolean()) {
      b.append('{');
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        b.append(i == 0 ? "" : ",").append('"').append(pick(random, "mutations", "id", "type", "payload", "username",
            "password", "x")).append("\":").append(randomJson(random, depth + 1));
      }
      return b.append('}').toString();
    }
    b.append('[');
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append(randomJson(random, depth + 1));
    }
    return b.append(']').toString();
  }

  private static String randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(200)];
    random.nextBytes(bytes);
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static String pick(Random random, String... options) {
    return options[random.nextInt(options.length)];
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
