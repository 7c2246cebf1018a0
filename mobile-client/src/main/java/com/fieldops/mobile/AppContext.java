package com.fieldops.mobile;

import com.fieldops.client.task.TaskRunner;
import com.fieldops.client.text.Messages;
import com.fieldops.mobile.device.DeviceServices;
import com.fieldops.replica.Replica;
import com.fieldops.replica.ReplicaConfig;
import com.fieldops.replica.Replicas;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The app's services, made once at start and handed to each view model: texts, background tasks,
 * the clock (tests advance their own), the device, what the phone remembers, and how a replica is
 * opened (tests shorten its timings and put a network switch in front).
 */
public record AppContext(
    Messages messages,
    TaskRunner tasks,
    Clock clock,
    DeviceServices device,
    PhoneSettings settings,
    ReplicaOpener replicaOpener) {

  @FunctionalInterface
  public interface ReplicaOpener {
    Replica open(ReplicaConfig config);

    static ReplicaOpener standard() {
      return Replicas::open;
    }
  }

  /** The replica file of this user on this server, in the app's private storage (Attach on a phone). */
  public Path replicaFile(String serverUrl, String username) {
    String server = serverUrl.replaceFirst("^https?://", "").replaceAll("[^A-Za-z0-9.-]", "_");
    String user = username.replaceAll("[^A-Za-z0-9._-]", "_");
    return device.storage().privateDirectory().resolve("replicas").resolve(user + "@" + server + ".db");
  }

  /** Opens (creating if needed) the user's replica: disk work, call it off the UI thread. */
  public Replica openReplica(String serverUrl, String username) {
    return replicaOpener.open(ReplicaConfig.of(replicaFile(serverUrl, username), serverUrl)
        .withLocale(messages.locale()).withClock(clock));
  }
}
