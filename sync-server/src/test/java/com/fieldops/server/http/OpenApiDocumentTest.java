package com.fieldops.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.registry.MutationRegistry;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document describes exactly what the server answers, so it cannot drift. */
class OpenApiDocumentTest {

  private static JsonNode document(TestServer server) throws Exception {
    var reply = server.anonymous().get("/api/v1/openapi.json");
    assertThat(reply.status()).isEqualTo(200);
    return Json.mapper().readTree(reply.body());
  }

  @Test
  void everyRegisteredRouteIsInTheDocumentAndEveryDocumentedOperationIsARoute() throws Exception {
    try (TestServer server = TestServer.start(Dialect.SQLITE)) {
      JsonNode paths = document(server).get("paths");
      List<String> routes = server.server.routes();
      assertThat(routes).as("the admin routes of the SLA module are registered too")
          .contains("GET /api/v1/admin/notifications", "POST /api/v1/admin/notifications/{id}/retry");
      List<String> missing = new ArrayList<>();
      for (String route : routes) {
        String method = route.substring(0, route.indexOf(' ')).toLowerCase(Locale.ROOT);
        String path = route.substring(route.indexOf(' ') + 1);
        if (!paths.has(path) || !paths.get(path).has(method)) {
          missing.add(route);
        }
      }
      assertThat(missing).as("routes the OpenAPI document does not describe").isEmpty();

      List<String> documented = new ArrayList<>();
      paths.fieldNames().forEachRemaining(p -> paths.get(p).fieldNames().forEachRemaining(m ->
          documented.add(m.toUpperCase(Locale.ROOT) + " " + p)));
      assertThat(routes).as("documented operations the server does not have").containsAll(documented);
    }
  }

  @Test
  void everyMutationTypeTheServerAcceptsHasItsPayloadSchema() throws Exception {
    try (TestServer server = TestServer.start(Dialect.SQLITE)) {
      JsonNode components = document(server).get("components").get("schemas");
      List<String> types = new ArrayList<>();
      components.get("MutationEnvelope").get("properties").get("type").get("enum").forEach(t -> types.add(t.asText()));
      assertThat(types).containsExactlyInAnyOrderElementsOf(MutationRegistry.names());
      for (String type : MutationRegistry.names()) {
        assertThat(components.has(type)).as("payload schema of " + type).isTrue();
      }
    }
  }
}
