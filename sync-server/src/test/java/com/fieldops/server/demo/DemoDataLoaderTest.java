package com.fieldops.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.demo.DemoDataGenerator;
import com.fieldops.demo.DemoDataSet;
import com.fieldops.demo.DemoSize;
import com.fieldops.demo.DemoUsers;
import com.fieldops.model.json.Json;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.server.auth.PasswordHasher;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.http.SyncServer;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.Replica;
import com.fieldops.server.testing.TestDatabases;
import java.time.Clock;
import com.fieldops.model.inventory.StockLevel;
import com.fieldops.model.inventory.StockLocation;
import java.time.Instant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataLoaderTest {
  @Test
  void theDemoSetLoadsOnceAndItsUsersSeeTheirScope() {
    DemoDataSet set = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, DemoSize.SMALL,
        Instant.parse("2026-03-02T08:00:00Z"));
    try (Database db = TestDatabases.open(Dialect.SQLITE)) {
      DemoDataLoader loader = new DemoDataLoader(db, PasswordHasher.fastForTests(), Clock.systemUTC());
      assertThat(loader.loadIfEmpty(set)).isTrue();
      assertThat(loader.loadIfEmpty(set)).as("second load on a non-empty database").isFalse();
      try (SyncServer server = SyncServer.start(db, ServerSettings.defaults().withHost("127.0.0.1").withPort(0))) {
        ApiClient anon = new ApiClient("http://127.0.0.1:" + server.port(), null, "d");
        ApiClient.Reply r = anon.post("/api/v1/auth/sign-in",
            Json.write(new SignInRequest(DemoUsers.ADMIN, DemoUsers.PASSWORD, "d")));
        assertThat(r.status()).isEqualTo(200);
        Replica all = anon.withToken(r.json().get("token").asText()).pullAll(0);
        assertThat(all.ids("WorkOrder")).hasSize(set.workOrders().size());
        assertThat(all.ids("Customer")).hasSize(set.customers().size());

        String techName = DemoUsers.technician(1);
        var tech = set.user(techName);
        ApiClient.Reply t = anon.post("/api/v1/auth/sign-in", Json.write(new SignInRequest(techName,
            DemoUsers.PASSWORD, "d")));
        Replica mine = anon.withToken(t.json().get("token").asText()).pullAll(0);
        long expected = set.workOrders().stream().filter(w -> tech.technicianId().equals(w.assigneeId())).count();
        assertThat(mine.ids("WorkOrder")).hasSize((int) expected);
        assertThat(mine.entities.values()).noneMatch(d -> d.has("assigneeId") && d.has("problem")
            && !d.get("assigneeId").asText().equals(tech.technicianId().toString()));
        // their van and its stock, the whole parts catalogue, nobody else's van
        var vans = set.stockLocations().stream().filter(l -> l instanceof StockLocation.Van v
            && tech.technicianId().equals(v.technicianId())).map(StockLocation::id).collect(Collectors.toSet());
        assertThat(vans).isNotEmpty();
        assertThat(mine.ids("StockLocation")).containsExactlyInAnyOrderElementsOf(vans);
        assertThat(mine.ids("StockLevel")).containsExactlyInAnyOrderElementsOf(set.stockLevels().stream()
            .filter(l -> vans.contains(l.locationId())).map(StockLevel::id).toList());
        assertThat(mine.ids("Part")).hasSize(set.parts().size());
        assertThat(mine.ids("Technician")).containsExactly(tech.technicianId());
      }
    }
  }
}
