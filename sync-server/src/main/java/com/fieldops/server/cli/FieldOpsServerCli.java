package com.fieldops.server.cli;

import com.fieldops.identity.model.Role;
import com.fieldops.server.app.FieldOpsServer;
import com.fieldops.server.auth.AuthService;
import com.fieldops.server.auth.PasswordHasher;
import com.fieldops.server.config.ConfigLoader;
import com.fieldops.server.config.LogFormat;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.demo.DemoDataLoader;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.StorageException;
import com.fieldops.server.storage.StorageOutage;
import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code java -jar sync-server-*-all.jar serve|demo-data|user|backup|sla|report}. */
@Command(name = "fieldops-server", mixinStandardHelpOptions = true, description = "FieldOps sync server",
    subcommands = {FieldOpsServerCli.Serve.class, FieldOpsServerCli.DemoData.class, FieldOpsServerCli.User.class,
        FieldOpsServerCli.Backup.class, com.fieldops.server.sla.SlaCommand.class,
        com.fieldops.server.report.ReportCommand.class})
public final class FieldOpsServerCli {
  private static final Logger LOG = LoggerFactory.getLogger(FieldOpsServerCli.class);

  /** Exit code when the command ran and did nothing (no such user, user exists, database not empty). */
  static final int EXIT_NOTHING_DONE = 1;
  /** Exit code of a command line that cannot be carried out (picocli's own for unknown options too). */
  static final int EXIT_USAGE = 2;
  /** Exit code when the database cannot be opened or reached. */
  static final int EXIT_DATABASE = 3;
  /** Exit code when the HTTP port cannot be taken. */
  static final int EXIT_PORT = 4;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new FieldOpsServerCli()).setExecutionExceptionHandler(FieldOpsServerCli::failed);
    withHelp(cl);
    return cl;
  }

  /** {@code --help} (and {@code --version}) on every sub-command, also those defined elsewhere (sla). */
  private static void withHelp(CommandLine cl) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
        sub.getCommandSpec().mixinStandardHelpOptions(true);
      }
      withHelp(sub);
    }
  }

  /**
   * Something the operator must fix before the command can do anything: said in one line, with
   * its exit code, no usage text and no stack trace. Thrown before the database is opened.
   */
  static final class Refused extends RuntimeException {
    final int exitCode;

    Refused(int exitCode, String message) {
      super(message, null, false, false);
      this.exitCode = exitCode;
    }
  }

  /**
   * What an operator can fix (the database unreachable or unusable, the port taken) is one log line
   * saying so, not a stack trace; anything else is a bug and keeps picocli's full report.
   */
  private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) throws Exception {
    if (e instanceof Refused r) {
      LOG.atError().setMessage(r.getMessage()).addKeyValue("event", "cli.refused").log();
      return r.exitCode;
    }
    if (StorageOutage.isOutage(e) || e instanceof StorageException) {
      LOG.atError().setMessage("cannot use the database: {}; check that it is running and that the database setting, "
          + "user and password are right").addArgument(StorageOutage.rootCause(e))
          .addKeyValue("event", "storage.unavailable").log();
      LOG.debug("database failure in detail", e);
      return EXIT_DATABASE;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException) {
        LOG.error("cannot listen on the configured host and port: {}; is another server running there?",
            t.getMessage());
        return EXIT_PORT;
      }
    }
    throw e;
  }

  /** Options every command shares: the config file and the database. */
  static final class Common {
    @Option(names = "--config", description = "properties file with settings (environment FIELDOPS_* overrides it)")
    Path config;

    @Option(names = "--db", description = "SQLite file path (default ./data/fieldops.db) or jdbc:postgresql:// URL")
    String database;

    ServerSettings settings() {
      ServerSettings s = ConfigLoader.load(config, System.getenv());
      LogFormat.apply(s.logFormat());
      return database == null ? s : s.withDatabase(database);
    }

    Database open(ServerSettings s) {
      return Database.open(s.database(), s.databaseUser(), s.databasePassword(), s.operations());
    }

    /** Opens a database that must already exist: a mistyped SQLite path is said, not created empty. */
    Database openExisting(ServerSettings s) {
      if (Dialect.of(s.database()) == Dialect.SQLITE && !Files.exists(Path.of(s.database()))) {
        throw new Refused(EXIT_DATABASE, "no database at " + Path.of(s.database()).toAbsolutePath()
            + "; check --db or the database setting");
      }
      return open(s);
    }
  }

  @Command(name = "serve", description = "Run the sync server until stopped")
  static final class Serve implements Callable<Integer> {
    @Mixin
    Common common = new Common();

    @Option(names = "--port", description = "HTTP port (default 8080 or the config's)")
    Integer port;

    @Option(names = "--host", description = "address to listen on (default 0.0.0.0)")
    String host;

    @Option(names = "--demo-data", description = "load the demo data set if the database is empty")
    boolean demoData;

    @Override
    public Integer call() throws Exception {
      ServerSettings s = common.settings();
      if (port != null) {
        s = s.withPort(port);
      }
      if (host != null) {
        s = s.withHost(host);
      }
      Database db = common.open(s);
      if (demoData) {
        new DemoDataLoader(db, PasswordHasher.standard(), Clock.systemUTC()).loadIfEmpty();
      }
      FieldOpsServer server = FieldOpsServer.start(db, s, Clock.systemUTC(),
          com.fieldops.server.report.ReportSettings.load(common.config, System.getenv()));
      java.time.Duration shutdownGrace = s.operations().shutdownGrace();
      LOG.info("FieldOps sync server listening on {}:{} with {}", s.host(), server.port(), s);
      CountDownLatch stopped = new CountDownLatch(1);
      // bounded: a stuck background task must not keep the process alive after SIGTERM
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        com.fieldops.server.health.BoundedShutdown.run(shutdownGrace, db.tasks(), () -> {
              server.close();
              db.close();
            });
        stopped.countDown();
      }, "shutdown"));
      stopped.await();
      return 0;
    }
  }

  @Command(name = "demo-data", description = "Load the demo data set into an empty database")
  static final class DemoData implements Callable<Integer> {
    @Mixin
    Common common = new Common();

    @Override
    public Integer call() {
      ServerSettings s = common.settings();
      try (Database db = common.open(s)) {
        boolean loaded = new DemoDataLoader(db, PasswordHasher.standard(), Clock.systemUTC()).loadIfEmpty();
        LOG.info(loaded ? "demo data loaded into {}" : "{} is not empty: demo data not loaded", s.database());
        return loaded ? 0 : 1;
      }
    }
  }

  @Command(name = "user", description = "Manage users", subcommands = {UserAdd.class, UserPasswd.class,
      UserDisable.class})
  static final class User implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      // picocli prints the message and the usage itself
      throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: add, passwd or disable");
    }
  }

  @Command(name = "add", description = "Add a user (asks for the password, or reads FIELDOPS_NEW_PASSWORD)")
  static final class UserAdd implements Callable<Integer> {
    @Mixin
    Common common = new Common();

    @Parameters(index = "0", description = "user name")
    String username;

    @Option(names = "--role", required = true, description = "ADMIN, DISPATCHER, SUPERVISOR, TECHNICIAN or CUSTOMER")
    Role role;

    @Option(names = "--name", description = "display name (default: the user name)")
    String displayName;

    @Option(names = "--region", description = "region of a dispatcher or supervisor")
    String region;

    @Option(names = "--technician", description = "technician id of a technician user")
    UUID technicianId;

    @Override
    public Integer call() {
      ServerSettings s = common.settings();
      String password = readPassword();
      try (Database db = common.open(s)) {
        AuthService auth = authService(db, s);
        if (auth.account(username).isPresent()) {
          LOG.error("user {} already exists", username);
          return EXIT_NOTHING_DONE;
        }
        auth.addUser(username, displayName == null ? username : displayName, role, region, technicianId, password);
        LOG.info("user {} added as {}", username, role);
        return 0;
      }
    }
  }

  /** A change to one existing user: the exit code says whether the user was found. */
  abstract static class OneUserChange implements Callable<Integer> {
    @Mixin
    Common common = new Common();

    @Parameters(index = "0", description = "user name")
    String username;

    /** Asks what the change needs (a new password) before the database is opened. */
    void prepare() {
    }

    /** Makes the change; false if there is no such user. */
    abstract boolean change(AuthService auth);

    /** What is logged when the change was made ({} is the user name). */
    abstract String done();

    @Override
    public Integer call() {
      ServerSettings s = common.settings();
      prepare();
      try (Database db = common.openExisting(s)) {
        boolean ok = change(authService(db, s));
        LOG.info(ok ? done() : "no user {}", username);
        return ok ? 0 : EXIT_NOTHING_DONE;
      }
    }
  }

  @Command(name = "passwd", description = "Set a user's password (ends their sessions)")
  static final class UserPasswd extends OneUserChange {
    private String password;

    @Override
    void prepare() {
      password = readPassword();
    }

    @Override
    boolean change(AuthService auth) {
      return auth.changePassword(username, password);
    }

    @Override
    String done() {
      return "password of {} changed";
    }
  }

  @Command(name = "disable", description = "Disable a user and end their sessions")
  static final class UserDisable extends OneUserChange {
    @Override
    boolean change(AuthService auth) {
      return auth.disable(username);
    }

    @Override
    String done() {
      return "user {} disabled";
    }
  }

  @Command(name = "backup", description = "Copy a SQLite database consistently, also while the server runs")
  static final class Backup implements Callable<Integer> {
    @Mixin
    Common common = new Common();

    @Parameters(index = "0", arity = "0..1", description = "target file (must not exist)")
    Path target;

    @Option(names = "--to", description = "target file (must not exist); same as the parameter")
    Path to;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (target == null) {
        target = to;
      }
      if (target == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "name the backup file: backup --to FILE");
      }
      ServerSettings s = common.settings();
      if (Dialect.of(s.database()) != Dialect.SQLITE) {
        throw new Refused(EXIT_USAGE, "backup copies a SQLite database; use pg_dump for PostgreSQL");
      }
      if (Files.exists(target)) {
        throw new Refused(EXIT_USAGE, "refusing to overwrite " + target.toAbsolutePath());
      }
      Path folder = target.toAbsolutePath().getParent();
      if (folder != null && !Files.isDirectory(folder)) {
        throw new Refused(EXIT_USAGE, "the backup folder does not exist: " + folder);
      }
      try (Database db = common.openExisting(s)) {
        db.backupTo(target);
        LOG.info("backup of {} written to {}", s.database(), target.toAbsolutePath());
        return 0;
      }
    }
  }

  private static AuthService authService(Database db, ServerSettings s) {
    return new AuthService(db, Clock.systemUTC(), new PasswordHasher(s.argon2MemoryKib(), s.argon2Iterations()),
        s.tokenLifetime());
  }

  /** From the console without echo, else from FIELDOPS_NEW_PASSWORD (for scripts), never from an argument. */
  private static String readPassword() {
    String fromEnv = System.getenv("FIELDOPS_NEW_PASSWORD");
    if (fromEnv != null && !fromEnv.isEmpty()) {
      return fromEnv;
    }
    Console console = System.console();
    if (console == null) {
      throw new Refused(EXIT_USAGE, "no terminal to ask for the password: set FIELDOPS_NEW_PASSWORD");
    }
    char[] pw = console.readPassword("Password: ");
    return new String(pw);
  }
}
