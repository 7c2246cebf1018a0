package com.fieldops.server.cli;

import com.fieldops.server.http.SyncServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fieldops-server", mixinStandardHelpOptions = true,
    description = "FieldOps sync server", subcommands = {FieldOpsServerCli.Serve.class})
public final class FieldOpsServerCli {

  public static void main(String[] args) {
    System.exit(new CommandLine(new FieldOpsServerCli()).execute(args));
  }

  @Command(name = "serve", description = "Run the sync server")
  static final class Serve implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws Exception {
      SyncServer server = SyncServer.start(port);
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
      new CountDownLatch(1).await();
      return 0;
    }
  }
}
