package com.fieldops.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.StoredData;
import com.fieldops.server.testing.TestServer;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of bad input gets a 4xx with {code, message, field?} and changes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
  TestServer server;
  ApiClient north;
  ApiClient south;
  String before;

  @BeforeAll
  void start() {
    server = TestServer.start(Dialect.SQLITE);
    north = server.as("disp-north");
    south = server.as("disp-south");
    before = StoredData.fingerprint(server.db);
  }

  @AfterAll
  void stop() {
    assertThat(StoredData.fingerprint(server.db)).as("stored data after all bad input").isEqualTo(before);
    server.close();
  }

  String envelope(String type, String payload) {
    return "{\"mutations\":[{\"id\":\"" + Ids.newId() + "\",\"type\":\"" + type + "\",\"entityId\":\"" + Ids.newId()
        + "\",\"deviceId\":\"d1\",\"recordedAt\":\"" + Instant.now() + "\",\"payload\":" + payload + "}]}";
  }

  String createPayload(String site, String problem, String priority) {
    return "{\"customerId\":\"" + server.world.customer + "\",\"siteId\":\"" + site + "\",\"type\":\"REPAIR\","
        + "\"priority\":" + priority + ",\"problem\":" + problem + "}";
  }

  void expectError(ApiClient.Reply r, int status, String code, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.json().get("code").asText()).isEqualTo(code);
    assertThat(r.json().get("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at com.");
    if (field != null) {
      assertThat(r.json().get("field").asText()).isEqualTo(field);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      malformed JSON                | {"mutations": [          | INVALID | -
      not an object                 | [1,2,3]                  | INVALID | -
      mutations of the wrong type   | {"mutations": "many"}    | INVALID | mutations
      missing mutations             | {}                       | INVALID | mutations
      empty body                    | ''                       | EMPTY_BODY | -
      an envelope without an id     | {"mutations":[{"type":"AddNote","deviceId":"d","recordedAt":"2026-01-01T00:00:00Z","payload":{}}]} | INVALID | mutations[0].id
      a bad instant                 | {"mutations":[{"id":"01900000-0000-7000-8000-000000000001","type":"AddNote","deviceId":"d","recordedAt":"yesterday","payload":{}}]} | INVALID | mutations[0].recordedAt
      """)
  void malformedPushBodiesAreRefused(String what, String body, String code, String field) {
    expectError(north.post("/api/v1/sync/push", body.equals("''") ? "" : body), 400, code,
        field.equals("-") ? null : field);
  }

  @Test
  void anUnknownMutationTypeIsRefusedNamingTheField() {
    expectError(north.post("/api/v1/sync/push", envelope("DeleteEverything", "{}")), 400, "UNKNOWN_MUTATION_TYPE",
        "mutations[0].type");
  }

  @Test
  void aPayloadFieldOfTheWrongTypeRejectsThatMutationNamingTheField() {
    ApiClient.Reply r = north.post("/api/v1/sync/push", envelope("CreateWorkOrder",
        createPayload(server.world.northSite.toString(), "\"Leak\"", "5")));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    var result = r.json().get("results").get(0);
    assertThat(result.get("status").asText()).isEqualTo("REJECTED");
    assertThat(result.get("code").asText()).isEqualTo("INVALID");
    assertThat(result.get("field").asText()).isEqualTo("priority");
  }

  @Test
  void tooManyMutationsInOneBatchAreRefused() {
    StringBuilder many = new StringBuilder("{\"mutations\":[");
    for (int i = 0; i < 501; i++) {
      many.append(i == 0 ? "" : ",").append("{\"id\":\"").append(Ids.newId())
          .append("\",\"type\":\"AddNote\",\"deviceId\":\"d\",\"recordedAt\":\"2026-01-01T00:00:00Z\",\"payload\":{}}");
    }
    expectError(north.post("/api/v1/sync/push", many.append("]}").toString()), 400, "INVALID", "mutations");
  }

  @Test
  void anOversizeBodyIsRefused() {
    String huge = "{\"mutations\":[],\"pad\":\"" + "x".repeat(5 << 20) + "\"}";
    ApiClient.Reply r = north.post("/api/v1/sync/push", huge);
    expectError(r, 413, "TOO_LARGE", null);
  }

  @Test
  void invalidValuesAreRejectedPerMutationNamingTheField() {
    ApiClient.Reply r = north.post("/api/v1/sync/push", envelope("CreateWorkOrder",
        createPayload(server.world.northSite.toString(), "\"\"", "\"P1\"")));
    assertThat(r.status()).isEqualTo(200);
    var result = r.json().get("results").get(0);
    assertThat(result.get("status").asText()).isEqualTo("REJECTED");
    assertThat(result.get("code").asText()).isEqualTo("INVALID");
    assertThat(result.get("field").asText()).isEqualTo("problem");
  }

  @Test
  void unknownAndForeignIdsAreRejectedAlike() {
    var unknown = north.post("/api/v1/sync/push", envelope("CreateWorkOrder",
        createPayload(Ids.newId().toString(), "\"Leak\"", "\"P1\""))).json().get("results").get(0);
    var foreign = south.post("/api/v1/sync/push", envelope("CreateWorkOrder",
        createPayload(server.world.northSite.toString(), "\"Leak\"", "\"P1\""))).json().get("results").get(0);
    assertThat(unknown.get("code").asText()).isEqualTo("NOT_FOUND");
    assertThat(foreign.get("code").asText()).isEqualTo("NOT_FOUND");
    assertThat(foreign.get("field").asText()).isEqualTo("siteId");
    var noJob = north.post("/api/v1/sync/push", envelope("AddNote",
        "{\"noteId\":\"" + Ids.newId() + "\",\"text\":\"hi\"}")).json().get("results").get(0);
    assertThat(noJob.get("code").asText()).isEqualTo("NOT_FOUND");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      GET  | /api/v1/sync/pull?after=-1   | 400 | BAD_PARAMETER
      GET  | /api/v1/sync/pull?after=abc  | 400 | BAD_PARAMETER
      GET  | /api/v1/sync/pull?limit=0    | 400 | BAD_PARAMETER
      GET  | /api/v1/sync/pull?limit=9999999 | 400 | BAD_PARAMETER
      GET  | /api/v1/audit                | 403 | FORBIDDEN
      GET  | /api/v1/nothing-here         | 404 | NOT_FOUND
      GET  | /api/v1/sync/push            | 405 | METHOD_NOT_ALLOWED
      """)
  void badRequestsGetTheOneErrorShape(String method, String path, int status, String code) {
    expectError(north.call(method, path, null), status, code, null);
  }

  @Test
  void signInWithMissingFieldsOrTheWrongContentTypeIsRefused() {
    expectError(server.anonymous().post("/api/v1/auth/sign-in", "{\"username\":\"tech1\"}"), 400, "INVALID", "password");
    expectError(server.anonymous().call("POST", "/api/v1/auth/sign-in", "username=tech1", "Content-Type",
        "application/x-www-form-urlencoded"), 415, "UNSUPPORTED_MEDIA_TYPE", null);
    ApiClient.Reply zh = server.anonymous().call("POST", "/api/v1/auth/sign-in", "{\"username\":\"tech1\"}",
        "Accept-Language", "zh-CN");
    assertThat(zh.json().get("message").asText()).isEqualTo("请输入密码。");
  }

  @Test
  void errorsAreJsonEvenForUnauthenticatedUnknownPaths() {
    ApiClient.Reply r = server.anonymous().get("/api/v1/sync/pull");
    expectError(r, 401, "UNAUTHORIZED", null);
    assertThat(Json.write(r.json())).contains("message");
  }
}
