package com.fieldops.server.report;

import com.fieldops.server.report.seal.SealCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fieldops-server report verify FILE [--trust company.pem] [--lang zh-CN]}: says in words who
 * sealed a service report, when, and whether it is still exactly what was sealed. Exit 0 when it is
 * intact, 1 when it was altered or carries no seal, 2 when the file cannot be read.
 */
@Command(name = "report", description = "Service report tools", subcommands = ReportCommand.Verify.class)
public final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }

  @Command(name = "verify", description = "Check a sealed service report: who sealed it, when, whether it is intact")
  static final class Verify implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the report PDF")
    Path file;

    @Option(names = "--trust", description = "PEM file of the company's sealing certificate"
        + " (GET /api/v1/admin/report-seal) to check the seal is the company's")
    Path trust;

    @Option(names = "--lang", description = "language of the answer: en (default) or zh-CN")
    String lang;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Locale locale = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE
          : Locale.ENGLISH;
      ResourceBundle text = ResourceBundle.getBundle("com.fieldops.server.report.ReportMessages", locale,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
      byte[] pdf;
      List<X509Certificate> trusted = new ArrayList<>();
      try {
        pdf = Files.readAllBytes(file);
        if (trust != null) {
          trusted.add((X509Certificate) CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(trust))));
        }
      } catch (IOException | CertificateException | ClassCastException e) {
        err.println(format(text, locale, "verify.unreadable", String.valueOf(e.getMessage())));
        err.flush();
        return 2;
      }
      SealCheck check = SealCheck.of(pdf, trusted);
      for (String line : describe(check, trust != null, text, locale)) {
        out.println(line);
      }
      out.flush();
      return check.unaltered() ? 0 : 1;
    }
  }

  /** The check in sentences, the verdict first. */
  static List<String> describe(SealCheck check, boolean trustGiven, ResourceBundle text, Locale locale) {
    List<String> lines = new ArrayList<>();
    if (!check.sealed()) {
      lines.add(text.getString("verify.noSeal"));
      return lines;
    }
    lines.add(text.getString(check.unaltered() ? "verify.intact" : !check.intact() ? "verify.altered"
        : "verify.appended"));
    DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
        .withZone(ZoneId.of("UTC"));
    lines.add(format(text, locale, "verify.sealedBy", check.sealedBy() == null ? "?" : check.sealedBy()));
    if (check.sealedAt() != null) {
      lines.add(format(text, locale, check.timestamped() ? "verify.sealedAtStamped" : "verify.sealedAt",
          when.format(check.sealedAt())));
    }
    lines.add(format(text, locale, "verify.level", check.level() == null ? "?" : check.level()));
    if (trustGiven) {
      lines.add(text.getString(check.trusted() ? "verify.trusted" : "verify.notTrusted"));
    } else if (check.selfSigned()) {
      lines.add(text.getString("verify.selfSigned"));
    }
    return lines;
  }

  private static String format(ResourceBundle text, Locale locale, String key, Object... args) {
    return new MessageFormat(text.getString(key), locale).format(args);
  }

  /** For tests: runs the command line with the given writers. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    return new CommandLine(new ReportCommand()).setOut(out).setErr(err).execute(args);
  }
}
