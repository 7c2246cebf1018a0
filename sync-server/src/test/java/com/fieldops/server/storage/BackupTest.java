package com.fieldops.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
  @TempDir
  Path dir;

  @Test
  void aBackupTakenWhilePushesRunIsAConsistentDatabase() throws Exception {
    try (TestServer server = TestServer.start(Dialect.SQLITE)) {
      ApiClient north = server.as("disp-north");
      UUID wo = Ids.newId();
      north.push("CreateWorkOrder", wo, new CreateWorkOrder(server.world.customer, server.world.northSite, null, null,
          WorkOrderType.REPAIR, Priority.P3, null, "Noise", null, null, null));
      AtomicBoolean stop = new AtomicBoolean();
      Thread writer = new Thread(() -> {
        while (!stop.get()) {
          north.push("AddNote", wo, new AddNote(Ids.newId(), "busy", false));
        }
      });
      writer.start();
      Thread.sleep(200);
      Path copy = dir.resolve("copy.db");
      server.db.backupTo(copy);
      stop.set(true);
      writer.join();

      try (Database backup = Database.open(copy.toString())) {
        String integrity = backup.read(c -> Jdbc.queryOne(c, "PRAGMA integrity_check", rs -> rs.getString(1))
            .orElseThrow());
        assertThat(integrity).isEqualTo("ok");
        long last = backup.read(c -> Jdbc.queryLong(c, "SELECT last_seq FROM change_counter"));
        long rows = backup.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM change_log"));
        long notes = backup.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM entity WHERE entity_type = 'Note'"));
        long applied = backup.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM applied_mutation WHERE type = 'AddNote'"));
        assertThat(rows).isEqualTo(last);
        assertThat(notes).isEqualTo(applied).isPositive();
      }
    }
  }
}
