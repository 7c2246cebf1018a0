package com.fieldops.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.TestServer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;
import org.slf4j.LoggerFactory;

/** The jar's logging configuration in both formats, and the key=value pairs of the important events. */
class LogFormatTest {
  private static final URL JAR_CONFIG = LogFormat.class.getResource("/logback.xml");

  /** Configures a private logger context from the jar's logback.xml; one sign-in event as its appender writes it. */
  private static String logOneEvent(String format) {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    LogFormat.configure(context, JAR_CONFIG, format);
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    @SuppressWarnings("unchecked")
    OutputStreamAppender<ILoggingEvent> appender = (OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE");
    assertThat(appender).as("the console appender of the " + format + " format").isNotNull();
    assertThat(context.getStatusManager().getCopyOfStatusList()).as("logback configured without warnings")
        .allMatch(st -> st.getLevel() == ch.qos.logback.core.status.Status.INFO);
    assertThat(root.iteratorForAppenders()).toIterable().hasSize(1);
    LoggingEvent event = new LoggingEvent(Logger.class.getName(),
        context.getLogger("com.fieldops.server.auth.AuthService"), Level.INFO, "signed in", null, null);
    event.addKeyValuePair(new KeyValuePair("event", "sign_in"));
    event.addKeyValuePair(new KeyValuePair("user", "tech1"));
    event.addKeyValuePair(new KeyValuePair("address", "10.0.0.7"));
    String line = new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);
    context.stop();
    return line;
  }

  @Test
  void jsonFormatWritesOneJsonObjectPerLineWithTheKeyValuePairs() throws Exception {
    String text = logOneEvent("json");
    assertThat(text.strip().lines()).hasSize(1);
    JsonNode line = Json.mapper().readTree(text);
    assertThat(line.get("level").asText()).isEqualTo("INFO");
    assertThat(line.get("loggerName").asText()).isEqualTo("com.fieldops.server.auth.AuthService");
    assertThat(line.get("formattedMessage").asText()).isEqualTo("signed in");
    Map<String, String> pairs = new java.util.HashMap<>();
    line.get("kvpList").forEach(kv -> kv.fields().forEachRemaining(e -> pairs.put(e.getKey(), e.getValue().asText())));
    assertThat(pairs).containsEntry("event", "sign_in").containsEntry("user", "tech1");
  }

  @Test
  void textFormatEndsTheLineWithGreppableKeyValuePairs() {
    String text = logOneEvent("text");
    assertThat(text).contains(" INFO ").contains("signed in event=sign_in user=tech1 address=10.0.0.7")
        .doesNotContain("{");
  }

  @Test
  void signInAndPushBatchesAreLoggedAsEventsWithKeyValuePairs() {
    Logger server = (Logger) LoggerFactory.getLogger("com.fieldops.server");
    Level before = server.getLevel();
    ListAppender<ILoggingEvent> events = new ListAppender<>();
    events.start();
    server.addAppender(events);
    server.setLevel(Level.INFO);
    try (TestServer s = TestServer.start(Dialect.SQLITE)) {
      s.as("disp-north").push("CreateWorkOrder", Ids.newId(), new CreateWorkOrder(s.world.customer,
          s.world.northSite, null, null, WorkOrderType.REPAIR, Priority.P2, null, "Leaking valve", null, null, null));
    } finally {
      server.detachAppender(events);
      server.setLevel(before);
    }
    List<Map<String, String>> pairs = events.list.stream().map(e -> e.getKeyValuePairs() == null
        ? Map.<String, String>of()
        : e.getKeyValuePairs().stream().collect(Collectors.toMap(kv -> kv.key, kv -> String.valueOf(kv.value))))
        .toList();
    assertThat(pairs).anySatisfy(p -> assertThat(p).containsEntry("event", "sign_in")
        .containsEntry("user", "disp-north").containsEntry("role", "DISPATCHER"));
    assertThat(pairs).anySatisfy(p -> assertThat(p).containsEntry("event", "push.batch")
        .containsEntry("user", "disp-north").containsEntry("mutations", "1").containsEntry("applied", "1").containsKey("ms"));
  }
}
