package com.fieldops.server.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * How service reports look and are sealed. Read from the server's properties file and
 * {@code FIELDOPS_REPORT_*} variables (like every other setting):
 * {@code report.company.name}, {@code report.company.address}, {@code report.logo} (a PNG or JPEG
 * file), {@code report.template} (an adjusted copy of the HTML/CSS template), {@code report.paper}
 * ({@code auto}: Letter for sites in the Americas' Letter countries, A4 elsewhere; or {@code A4},
 * {@code LETTER}), {@code report.fonts} (a folder with extra TTF/TTC fonts), {@code report.keystore}
 * (PKCS#12 with the company's key and certificate), {@code report.keystore.password},
 * {@code report.keystore.alias}, {@code report.tsa.url} (a time-stamp authority: seals become
 * PAdES B-T), {@code report.poll.millis} (how often signed jobs waiting for their report are looked for).
 */
public record ReportSettings(String companyName, String companyAddress, Path logo, Path template, String paper,
    Path fontDirectory, Path keystore, String keystorePassword, String keystoreAlias, String tsaUrl, long pollMillis,
    String customerPageUrl, long customerLinkDays) {

  /** Every setting's name is {@code report.} + one of these (kept apart from the texts' {@code report.*} keys). */
  private static final String PREFIX = "report.";
  public static final String[] KEYS = {PREFIX + "company.name", PREFIX + "company.address", PREFIX + "logo",
      PREFIX + "template", PREFIX + "paper", PREFIX + "fonts", PREFIX + "keystore", PREFIX + "keystore.password",
      PREFIX + "keystore.alias", PREFIX + "tsa.url", PREFIX + "poll.millis"};

  public ReportSettings {
    paper = paper == null ? "auto" : paper.trim().toUpperCase(Locale.ROOT);
    if (!paper.equals("AUTO") && !paper.equals("A4") && !paper.equals("LETTER")) {
      throw new IllegalArgumentException("report.paper must be auto, A4 or LETTER, not " + paper);
    }
    if (customerLinkDays < 1 || customerLinkDays > 3650) {
      throw new IllegalArgumentException("FIELDOPS_CUSTOMER_LINK_DAYS must be 1 to 3650 days");
    }
    if (pollMillis < 100) {
      throw new IllegalArgumentException("report.poll.millis must be at least 100");
    }
  }

  /** Without customer-page settings: the page is this server's own address, links last 90 days. */
  public ReportSettings(String companyName, String companyAddress, Path logo, Path template, String paper,
      Path fontDirectory, Path keystore, String keystorePassword, String keystoreAlias, String tsaUrl,
      long pollMillis) {
    this(companyName, companyAddress, logo, template, paper, fontDirectory, keystore, keystorePassword, keystoreAlias,
        tsaUrl, pollMillis, null, 90);
  }

  public static ReportSettings defaults() {
    return new ReportSettings("FieldOps Service", null, null, null, "auto", null, null, null, null, null, 1000);
  }

  public ReportSettings withKeystore(Path file, String password, String alias) {
    return new ReportSettings(companyName, companyAddress, logo, template, paper, fontDirectory, file, password, alias,
        tsaUrl, pollMillis, customerPageUrl, customerLinkDays);
  }

  public ReportSettings withTsa(String url) {
    return new ReportSettings(companyName, companyAddress, logo, template, paper, fontDirectory, keystore,
        keystorePassword, keystoreAlias, url, pollMillis, customerPageUrl, customerLinkDays);
  }

  public ReportSettings withPaper(String newPaper) {
    return new ReportSettings(companyName, companyAddress, logo, template, newPaper, fontDirectory, keystore,
        keystorePassword, keystoreAlias, tsaUrl, pollMillis, customerPageUrl, customerLinkDays);
  }

  public ReportSettings withCompany(String name, String address, Path logoFile) {
    return new ReportSettings(name, address, logoFile, template, paper, fontDirectory, keystore, keystorePassword,
        keystoreAlias, tsaUrl, pollMillis, customerPageUrl, customerLinkDays);
  }

  public ReportSettings withPollMillis(long millis) {
    return new ReportSettings(companyName, companyAddress, logo, template, paper, fontDirectory, keystore,
        keystorePassword, keystoreAlias, tsaUrl, millis, customerPageUrl, customerLinkDays);
  }

  /** The settings in {@code file} (may be null) overridden by {@code FIELDOPS_REPORT_*} variables. */
  public static ReportSettings load(Path file, Map<String, String> environment) {
    Properties p = new Properties();
    if (file != null) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
      }
    }
    for (String key : KEYS) {
      String env = environment.get("FIELDOPS_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
      if (env != null && !env.isBlank()) {
        p.setProperty(key, env);
      }
    }
    ReportSettings d = defaults();
    try {
      return new ReportSettings(p.getProperty(PREFIX + "company.name", d.companyName()),
          p.getProperty(PREFIX + "company.address"), path(p, PREFIX + "logo"), path(p, PREFIX + "template"),
          p.getProperty(PREFIX + "paper", d.paper()), path(p, PREFIX + "fonts"), path(p, PREFIX + "keystore"),
          p.getProperty(PREFIX + "keystore.password"), p.getProperty(PREFIX + "keystore.alias"),
          blankToNull(p.getProperty(PREFIX + "tsa.url")),
          Long.parseLong(p.getProperty(PREFIX + "poll.millis", String.valueOf(d.pollMillis())).trim()),
          blankToNull(environment.get("FIELDOPS_CUSTOMER_PAGE_URL")),
          Long.parseLong(environment.getOrDefault("FIELDOPS_CUSTOMER_LINK_DAYS", "90").trim()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("invalid setting: " + e.getMessage(), e);
    }
  }

  private static Path path(Properties p, String key) {
    String v = blankToNull(p.getProperty(key));
    return v == null ? null : Path.of(v.trim());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  @Override
  public String toString() {
    return "ReportSettings[company=" + companyName + ", paper=" + paper + ", template="
        + (template == null ? "built-in" : template) + ", keystore=" + (keystore == null ? "self-signed" : keystore)
        + ", tsa=" + (tsaUrl == null ? "none" : tsaUrl) + "]"; // never the keystore password
  }
}
