package com.fieldops.server.sync;

import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the other server instances on the same PostgreSQL database that changes were committed
 * ({@code NOTIFY fieldops_changes, '<instance>:<seq>'} right after commit) and hears theirs on a
 * dedicated {@code LISTEN} connection, so their clients are poked at once instead of at the next
 * poll. If the listening connection drops, {@link #listening()} turns false (the notifier polls
 * again meanwhile) and the connection is reopened with back-off.
 */
public final class PostgresChangeSignal implements AutoCloseable {
  static final String CHANNEL = "fieldops_changes";
  private static final Logger LOG = LoggerFactory.getLogger(PostgresChangeSignal.class);
  private static final int WAIT_MILLIS = 1_000;
  /** A silent network drop raises no error while waiting: check the connection this often. */
  private static final long CHECK_MILLIS = 10_000;
  private static final long MAX_BACKOFF_MILLIS = 10_000;

  /** Opens the dedicated listening connection. */
  @FunctionalInterface
  public interface ConnectionSource {
    Connection open() throws SQLException;
  }

  private final Database db;
  private final ConnectionSource source;
  private final String instance = UUID.randomUUID().toString();
  private volatile Runnable onRemoteChange = () -> { };
  private volatile boolean listening;
  private volatile boolean running = true;
  private volatile Connection current;
  private Thread thread;

  public PostgresChangeSignal(Database db, ConnectionSource source) {
    this.db = db;
    this.source = source;
  }

  /** A source that opens a plain JDBC connection to the database's URL with these credentials. */
  public static ConnectionSource connectionTo(String url, String user, String password) {
    return () -> {
      Properties p = new Properties();
      if (user != null) {
        p.setProperty("user", user);
      }
      if (password != null) {
        p.setProperty("password", password);
      }
      p.setProperty("ApplicationName", "fieldops-listen");
      p.setProperty("tcpKeepAlive", "true");
      p.setProperty("connectTimeout", "5");
      return DriverManager.getConnection(url, p);
    };
  }

  /** Starts listening; {@code onRemoteChange} runs on the listener thread for each other instance's commit. */
  public PostgresChangeSignal start(Runnable onRemoteChange) {
    this.onRemoteChange = onRemoteChange;
    thread = new Thread(this::run, "change-listener");
    thread.setDaemon(true);
    thread.start();
    return this;
  }

  /** Whether the LISTEN connection is up (if not, the notifier polls the change-log counter). */
  public boolean listening() {
    return listening;
  }

  /** Tells the other instances that changes up to {@code lastSeq} are committed. */
  public void publish(long lastSeq) {
    db.read(c -> Jdbc.query(c, "SELECT pg_notify(?, ?)", rs -> 1, CHANNEL, instance + ":" + lastSeq));
  }

  private void run() {
    long backoff = 1_000;
    while (running) {
      try (Connection c = source.open()) {
        current = c;
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + CHANNEL);
        }
        listening = true;
        backoff = 1_000;
        LOG.info("live pokes across instances: listening on PostgreSQL channel {}", CHANNEL);
        // a commit may have happened while nobody listened: let the notifier look once
        onRemoteChange.run();
        listen(c);
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        if (listening) {
          LOG.warn("live pokes across instances: listening connection lost, polling until it is back", e);
        } else {
          LOG.warn("live pokes across instances: cannot listen ({}); polling, retrying in {} ms", e.getMessage(),
              backoff);
        }
      } finally {
        boolean was = listening;
        listening = false;
        current = null;
        if (was && running) {
          onRemoteChange.run(); // the notifier goes back to polling now, not after its long wait
        }
      }
      sleep(backoff);
      backoff = Math.min(MAX_BACKOFF_MILLIS, backoff * 2);
    }
  }

  private void listen(Connection c) throws SQLException {
    PGConnection pg = c.unwrap(PGConnection.class);
    long lastCheck = System.currentTimeMillis();
    while (running) {
      PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
      boolean remote = false;
      if (notifications != null) {
        for (PGNotification n : notifications) {
          remote |= !n.getParameter().startsWith(instance + ":");
        }
      }
      if (remote) {
        onRemoteChange.run();
      }
      long now = System.currentTimeMillis();
      if (now - lastCheck > CHECK_MILLIS) {
        lastCheck = now;
        if (!c.isValid(5)) {
          throw new SQLException("listening connection no longer valid");
        }
      }
    }
  }

  private void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    Connection c = current;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        LOG.debug("closing the listening connection failed", e);
      }
    }
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
