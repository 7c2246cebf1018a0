package com.fieldops.server.sla;

import com.fieldops.sla.preview.SlaPreview;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fieldops-server sla preview --policy p.json --timeline t.json}: see docs/sla-preview.md. */
@Command(name = "sla", description = "SLA policy tools", subcommands = SlaCommand.Preview.class)
public final class SlaCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }

  @Command(name = "preview", description = "Print, as JSON, a work order's SLA clocks and the escalations that would"
      + " fire, for a policy file and a timeline file; nothing is stored or sent")
  static final class Preview implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--policy", required = true, description = "SLA policy JSON file")
    Path policy;

    @Option(names = "--timeline", required = true, description = "work-order timeline JSON file")
    Path timeline;

    @Option(names = "--lang", description = "language of error messages: en (default) or zh-CN")
    String lang;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      String policyJson;
      String timelineJson;
      try {
        policyJson = Files.readString(policy, StandardCharsets.UTF_8);
        timelineJson = Files.readString(timeline, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("cannot read " + e.getMessage());
        err.flush();
        return 1;
      }
      Locale locale = lang == null ? Locale.ENGLISH : Locale.forLanguageTag(lang);
      SlaPreview.Result result = new SlaPreview(Clock.systemUTC()).preview(policyJson, timelineJson, locale);
      if (result instanceof SlaPreview.Report report) {
        out.println(report.json());
        out.flush();
        return 0;
      }
      for (SlaPreview.Problem p : ((SlaPreview.Rejected) result).problems()) {
        err.println(p);
      }
      err.flush();
      return 1;
    }
  }

  /** For tests: runs the command line with the given writers. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return new CommandLine(new SlaCommand()).setOut(out).setErr(err).execute(args);
  }
}
