package com.fieldops.server.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaPreviewCommandTest {
  @TempDir
  Path dir;

  private Path resource(String name) throws Exception {
    Path p = dir.resolve(name);
    try (var in = getClass().getResourceAsStream(name)) {
      Files.write(p, in.readAllBytes());
    }
    return p;
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = SlaCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void previewPrintsEachMilestoneAndTheEscalationsWithTimesAsJson() throws Exception {
    Run r = run("preview", "--policy", resource("preview-policy.json").toString(), "--timeline",
        resource("preview-timeline.json").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = Json.mapper().readTree(r.out());
    assertThat(json.path("milestones").findValuesAsText("state")).containsExactly("MET", "BREACHED", "RUNNING");
    JsonNode onsite = json.path("milestones").get(1);
    assertThat(onsite.path("breachedAt").asText()).isEqualTo("2026-03-28T11:30:00Z"); // Saturday 12:30 CET
    assertThat(json.path("escalations").findValuesAsText("status")).contains("DUE");
    assertThat(json.path("escalations").get(0).has("fireAt")).isTrue();
  }

  @Test
  void badFilesAreRefusedNamingTheFileAndField() throws Exception {
    Path policy = dir.resolve("bad-policy.json");
    Files.writeString(policy, "{\"name\":\"x\",\"targets\":{\"P1\":{\"responseMinutes\":-5}},"
        + "\"calendar\":{\"zone\":\"Europe/Gotham\",\"alwaysOpen\":true}}");
    Run r = run("preview", "--policy", policy.toString(), "--timeline", resource("preview-timeline.json").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("policy calendar.zone").contains("targets");
  }

  @Test
  void aMissingFileIsAnErrorNotAStackTrace() {
    Run r = run("preview", "--policy", dir.resolve("nope.json").toString(), "--timeline", "x.json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("nope.json");
  }
}
