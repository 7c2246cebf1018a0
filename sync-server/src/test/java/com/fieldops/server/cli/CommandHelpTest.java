package com.fieldops.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README promises {@code --help} on every command: each answers its usage and exit code 0. */
class CommandHelpTest {
  @Test
  void everySubCommandAnswersHelpWithItsUsage() {
    List<List<String>> paths = new ArrayList<>();
    collect(FieldOpsServerCli.commandLine(), new ArrayList<>(), paths);
    assertThat(paths).as("serve, demo-data, user add/passwd/disable, backup, sla preview ...").hasSizeGreaterThan(8);
    for (List<String> path : paths) {
      for (String flag : new String[] {"--help", "-h"}) {
        List<String> args = new ArrayList<>(path);
        args.add(flag);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = FieldOpsServerCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args.toArray(String[]::new));
        assertThat(exit).as("%s: %s", args, err).isZero();
        assertThat(out.toString()).as("%s", args).contains("Usage: fieldops-server " + String.join(" ", path))
            .contains("--help");
        assertThat(err.toString()).as("%s", args).isEmpty();
      }
    }
  }

  private static void collect(CommandLine cl, List<String> prefix, List<List<String>> into) {
    for (var sub : cl.getSubcommands().entrySet()) {
      List<String> path = new ArrayList<>(prefix);
      path.add(sub.getKey());
      into.add(path);
      collect(sub.getValue(), path, into);
    }
  }
}
