package com.fieldops.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.server.report.pdf.ReportModel;
import com.fieldops.server.report.seal.CompanySeal;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Render and seal one report with six photos, {@code -Dbenchmark.reports=100} times after a warm-up:
 * p50/p99 and the PDF's size (docs/benchmarks.md). Skipped unless {@code -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReportBenchmark {
  @Test
  void renderAndSealOneReportWithSixPhotos() {
    main(new String[0]);
  }

  public static void main(String[] args) {
    int n = Integer.getInteger("benchmark.reports", 100);
    ReportContent content = ReportSamples.content("zh-CN", null);
    CompanySeal seal = ReportSealTest.seal(null);
    Locale locale = ReportModel.languageOf(content);
    for (int i = 0; i < 10; i++) {
      seal.seal(ServiceReportPdfTest.render(content, locale, "A4"), "warm-up");
    }
    long[] millis = new long[n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      byte[] sealed = seal.seal(ServiceReportPdfTest.render(content, locale, "A4"), "Service report");
      millis[i] = (System.nanoTime() - t) / 1_000_000;
      size = sealed.length;
    }
    Arrays.sort(millis);
    String line = String.format(Locale.ROOT, "render+seal, 6 photos, %d runs: p50 %d ms, p99 %d ms, max %d ms;"
        + " PDF %d KB; %.0f reports/min on one thread", n, millis[n / 2], millis[(int) Math.ceil(n * 0.99) - 1],
        millis[n - 1], size / 1024, 60_000.0 / Arrays.stream(millis).average().orElse(1));
    System.out.println(line);
    assertThat(size).isPositive();
  }
}
