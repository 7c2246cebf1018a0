package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.Replica;
import com.fieldops.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/**
 * Issue #11, points 1, 2 and 8: absurd device times and loosely typed values in a push. Each
 * mutation gets its own verdict naming the field; a good mutation in the same batch is stored; no
 * 5xx, no ERROR in the log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviceInputTest {
  TestServer server;
  ApiClient north;
  ApiClient tech1;
  UUID job;
  Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeAll
  void start() {
    server = TestServer.start(Dialect.SQLITE);
    north = server.as("disp-north");
    tech1 = server.as("tech1");
    job = Ids.newId();
    MutationResult created = north.push("CreateWorkOrder", job, new CreateWorkOrder(server.world.customer,
        server.world.northSite, null, null, WorkOrderType.REPAIR, Priority.P3, null, "Boiler leaks", null, null,
        server.world.tech1));
    assertThat(created.status()).as(created.reason()).isEqualTo(MutationStatus.APPLIED);
    log.start();
    root.addAppender(log);
  }

  @AfterAll
  void stop() {
    root.detachAppender(log);
    assertThat(log.list).as("no ERROR logged for bad input")
        .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR));
    server.close();
  }

  static String envelope(String type, UUID entityId, String recordedAt, String payload) {
    return "{\"id\":\"" + Ids.newId() + "\",\"type\":\"" + type + "\",\"entityId\":\"" + entityId
        + "\",\"deviceId\":\"phone-1\",\"recordedAt\":" + recordedAt + ",\"payload\":" + payload + "}";
  }

  static String note(String text) {
    return "{\"noteId\":\"" + Ids.newId() + "\",\"text\":\"" + text + "\"}";
  }

  static String quoted(Instant at) {
    return "\"" + at + "\"";
  }

  JsonNode push(ApiClient as, String... envelopes) {
    ApiClient.Reply r = as.post("/api/v1/sync/push", "{\"mutations\":[" + String.join(",", envelopes) + "]}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("results");
  }

  boolean noteStored(String text) {
    return ofType(tech1, "Note").stream().anyMatch(n -> text.equals(n.get("text").asText()));
  }

  static java.util.List<JsonNode> ofType(ApiClient as, String type) {
    Replica r = as.pullAll(0);
    return r.entities.entrySet().stream().filter(e -> e.getKey().startsWith(type + "/")).map(e -> e.getValue())
        .toList();
  }

  static void assertRejected(JsonNode result, String field) {
    assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("REJECTED");
    assertThat(result.get("code").asText()).isEqualTo("INVALID");
    assertThat(result.get("field").asText()).isEqualTo(field);
    assertThat(result.get("reason").asText()).isNotBlank().doesNotContain("Exception");
  }

  @Test
  void aDeviceTimeBeyondEpochMillisRejectsThatMutationAndTheGoodNoteOfTheBatchIsStored() {
    for (int attempt = 0; attempt < 2; attempt++) { // the phone retries: same verdict, no 500
      String text = "Gasket replaced " + attempt;
      JsonNode results = push(tech1,
          envelope("AddNote", job, "\"-999999999-01-01T00:00:00Z\"", note("from a broken clock")),
          envelope("AddNote", job, quoted(Instant.now()), note(text)));
      assertRejected(results.get(0), "recordedAt");
      assertThat(results.get(0).get("reason").asText()).contains("2000-01-01");
      assertThat(results.get(1).get("status").asText()).isEqualTo("APPLIED");
      assertThat(noteStored(text)).isTrue();
    }
  }

  @Test
  void aWorkOrderRecordedInYearMinus200000000IsRejectedAtTheDoor() {
    UUID id = Ids.newId();
    JsonNode results = push(north, envelope("CreateWorkOrder", id, "\"-200000000-01-01T00:00:00Z\"",
        "{\"customerId\":\"" + server.world.customer + "\",\"siteId\":\"" + server.world.northSite
            + "\",\"type\":\"REPAIR\",\"priority\":\"P1\",\"problem\":\"Leak\"}"));
    assertRejected(results.get(0), "recordedAt");
    assertThat(ofType(north, "WorkOrder")).noneMatch(w -> w.get("id").asText().equals(id.toString()));
  }

  @Test
  void deviceTimesBefore2000OrAheadOfTheServerAreRejectedAndTheWindowEdgeIsApplied() {
    JsonNode results = push(tech1,
        envelope("AddNote", job, "\"1970-01-01T00:00:00Z\"", note("epoch")),
        envelope("AddNote", job, "\"1999-12-31T23:59:59Z\"", note("last second of 1999")),
        envelope("AddNote", job, quoted(Instant.now().plus(Duration.ofMinutes(30))), note("clock ahead")),
        envelope("AddNote", job, "\"2000-01-01T00:00:00Z\"", note("first second of 2000")),
        envelope("AddNote", job, quoted(Instant.now().plus(Duration.ofMinutes(4))), note("clock a bit ahead")));
    assertRejected(results.get(0), "recordedAt");
    assertRejected(results.get(1), "recordedAt");
    assertRejected(results.get(2), "recordedAt");
    assertThat(results.get(3).get("status").asText()).isEqualTo("APPLIED");
    assertThat(results.get(4).get("status").asText()).isEqualTo("APPLIED");
  }

  @ParameterizedTest(name = "recordedAt {0}")
  @ValueSource(strings = {"1", "-1", "1e308", "1.5", "\"1\"", "\"\"", "true"})
  void aRecordedAtThatIsNotIsoTextIsRefusedNamingTheField(String recordedAt) {
    ApiClient.Reply r = tech1.post("/api/v1/sync/push",
        "{\"mutations\":[" + envelope("AddNote", job, recordedAt, note("typed badly")) + "]}");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("field").asText()).isEqualTo("mutations[0].recordedAt");
    assertThat(noteStored("typed badly")).isFalse();
  }

  @ParameterizedTest(name = "billable {0}")
  @ValueSource(strings = {"\" \"", "\"\"", "\"true\"", "1", "0.0", "[]"})
  void aBooleanThatIsNotTrueOrFalseRejectsTheTimeEntryNamingTheField(String billable) {
    String now = Instant.now().toString();
    JsonNode results = push(tech1, envelope("AddTimeEntry", job, quoted(Instant.now()),
        "{\"timeEntryId\":\"" + Ids.newId() + "\",\"kind\":\"LABOUR\",\"start\":\"" + now + "\",\"end\":\"" + now
            + "\",\"billable\":" + billable + "}"),
        envelope("AddNote", job, quoted(Instant.now()), note("after a bad time entry")));
    assertRejected(results.get(0), "billable");
    assertThat(results.get(1).get("status").asText()).isEqualTo("APPLIED");
    assertThat(ofType(tech1, "TimeEntry")).isEmpty();
  }

  @ParameterizedTest(name = "start {0}")
  @ValueSource(strings = {"1", "-1", "1e308", "\"1\"", "\"-999999999-01-01T00:00:00Z\"", "\"1970-01-01T00:00:00Z\""})
  void aTimeEntryStartOutsideTheDeviceWindowOrNotIsoIsRejectedNamingTheField(String start) {
    JsonNode results = push(tech1, envelope("AddTimeEntry", job, quoted(Instant.now()),
        "{\"timeEntryId\":\"" + Ids.newId() + "\",\"kind\":\"LABOUR\",\"start\":" + start + ",\"end\":\""
            + Instant.now() + "\",\"billable\":true}"));
    assertRejected(results.get(0), "start");
  }

  @Test
  void aScheduleBeyondThePlanWindowIsRejectedNamingTheField() {
    JsonNode results = push(north, envelope("CreateWorkOrder", Ids.newId(), quoted(Instant.now()),
        "{\"customerId\":\"" + server.world.customer + "\",\"siteId\":\"" + server.world.northSite
            + "\",\"type\":\"REPAIR\",\"priority\":\"P1\",\"problem\":\"Leak\","
            + "\"scheduledStart\":\"2100-01-01T00:00:00Z\"}"));
    assertRejected(results.get(0), "scheduledStart");
    assertThat(results.get(0).get("reason").asText()).contains("2100-01-01");
  }

  @Test
  void theRefusalReadsInChinese() {
    ApiClient.Reply r = tech1.call("POST", "/api/v1/sync/push", "{\"mutations\":["
        + envelope("AddNote", job, "\"1970-01-01T00:00:00Z\"", note("zh")) + "]}", "Accept-Language", "zh-CN");
    assertThat(r.json().get("results").get(0).get("reason").asText()).contains("设备记录此操作的时间");
  }
}
