package com.fieldops.desktop;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.settings.ConsoleSettings;
import com.fieldops.client.task.TaskRunner;
import com.fieldops.replica.Replica;
import com.fieldops.replica.ReplicaConfig;
import com.fieldops.replica.Replicas;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * The console's services, made once at start and handed to each view model: texts, background
 * tasks, remembered settings, the clock (tests inject one that they advance) and how to open a
 * replica.
 */
public record ConsoleContext(
    Messages messages,
    TaskRunner tasks,
    ConsoleSettings settings,
    Clock clock,
    Path replicaDirectory,
    ReplicaOpener replicaOpener) {

  /** Opens a replica from its configuration; tests tune timings or hand back their own. */
  @FunctionalInterface
  public interface ReplicaOpener {
    Replica open(ReplicaConfig config);

    static ReplicaOpener standard() {
      return Replicas::open;
    }
  }

  public Locale locale() {
    return messages.locale();
  }

  /** The replica file for this user on this server: one per user and device. */
  public Path replicaFile(String serverUrl, String username) {
    return replicaFile(replicaDirectory, serverUrl, username);
  }

  public static Path replicaFile(Path replicaDirectory, String serverUrl, String username) {
    String server = serverUrl.replaceFirst("^https?://", "").replaceAll("[^A-Za-z0-9.-]", "_");
    String user = username.replaceAll("[^A-Za-z0-9._-]", "_");
    return replicaDirectory.resolve(user + "@" + server + ".db");
  }

  /** Opens (creating if needed) the local replica: disk work, so call it off the UI thread. */
  public Replica openReplica(String serverUrl, String username) {
    ReplicaConfig config = ReplicaConfig.of(replicaFile(serverUrl, username), serverUrl)
        .withLocale(locale())
        .withClock(clock);
    return replicaOpener.open(config);
  }
}
