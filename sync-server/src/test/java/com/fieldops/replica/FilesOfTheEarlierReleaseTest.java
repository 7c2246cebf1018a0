package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.server.app.FieldOpsServer;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server database and two replica files written by the release before the code was cut by
 * feature (main at ce13a87, 2026-12-05; resources/compat/2026-12-05) still open and sync: the
 * technician's and the dispatcher's notes recorded offline back then arrive exactly once, and each
 * device then holds the other's. Stored data and the outbox carry no Java package names, so moving
 * classes must not break them; this test keeps that true.
 */
class FilesOfTheEarlierReleaseTest {
  static final String PASSWORD = "secret-pass";
  static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  @Test
  void theEarlierReleasesDatabaseAndReplicasOpenAndTheirOfflineNotesArriveOnce() throws Exception {
    for (String f : List.of("server.db", "tech1.db", "disp-north.db")) {
      try (InputStream in = getClass().getResourceAsStream("/compat/2026-12-05/" + f)) {
        Files.copy(in, dir.resolve(f));
      }
    }
    Database db = Database.open(dir.resolve("server.db").toString());
    FieldOpsServer server = FieldOpsServer.start(db,
        ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withArgon2(1024, 1), Clock.systemUTC());
    String url = "http://127.0.0.1:" + server.port();
    try (Replica tess = Replicas.open(ReplicaConfig.of(dir.resolve("tech1.db"), url).withLocale(Locale.ENGLISH));
        Replica nora = Replicas.open(ReplicaConfig.of(dir.resolve("disp-north.db"), url).withLocale(Locale.ENGLISH))) {
      UUID job = tess.workOrders().openWorkOrders().get(0).id();
      assertThat(tess.syncStatus().pendingCount()).as("the note recorded offline back then").isEqualTo(1);

      // The tokens in the files may have expired since; signing in again keeps the outbox.
      assertThat(tess.signIn("tech1", PASSWORD.toCharArray()).get()).isInstanceOf(SignInOutcome.SignedIn.class);
      assertThat(nora.signIn("disp-north", PASSWORD.toCharArray()).get()).isInstanceOf(SignInOutcome.SignedIn.class);
      Await.until("both outboxes sent", WAIT, () -> {
        tess.syncNow();
        nora.syncNow();
        return tess.syncStatus().pendingCount() == 0 && nora.syncStatus().pendingCount() == 0;
      });
      assertThat(tess.syncStatus().rejected()).isEmpty();
      assertThat(nora.syncStatus().rejected()).isEmpty();

      assertThat((long) db.<Long>read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM entity WHERE entity_type = 'Note' AND data LIKE ?",
          "%replaced the start capacitor%"))).as("the technician's offline note, once").isEqualTo(1);
      assertThat((long) db.<Long>read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM entity WHERE entity_type = 'Note' AND data LIKE ?",
          "%Office note written offline%"))).as("the dispatcher's offline note, once").isEqualTo(1);
      Await.until("each device holds the other's note", WAIT, () -> {
        tess.syncNow();
        nora.syncNow();
        return notes(nora, job).contains("Recorded offline before the upgrade: replaced the start capacitor")
            && notes(tess, job).contains("Office note written offline before the upgrade");
      });
    } finally {
      server.close();
      db.close();
    }
  }

  private static List<String> notes(Replica r, UUID job) {
    return r.workOrders().workOrder(job).map(d -> d.notes().stream().map(n -> n.text()).toList()).orElse(List.of());
  }
}
