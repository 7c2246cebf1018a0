package com.fieldops.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code report verify FILE}: an operator reads in words who sealed a report, when, and whether it is intact. */
class ReportCommandTest {
  static Path sealed;
  static Path tampered;
  static Path certificate;

  @BeforeAll
  static void files() throws Exception {
    byte[] pdf = ReportSealTest.seal(null).seal(
        ServiceReportPdfTest.render(ReportSamples.content("en", null), Locale.ENGLISH, "A4"), "Service report");
    Path dir = Files.createDirectories(Path.of("target/reports"));
    sealed = Files.write(dir.resolve("verify-sealed.pdf"), pdf);
    byte[] changed = pdf.clone();
    int at = ReportSealTest.indexOf(changed, "stream".getBytes(StandardCharsets.US_ASCII)) + 40;
    changed[at] = (byte) (changed[at] ^ 0x01);
    tampered = Files.write(dir.resolve("verify-tampered.pdf"), changed);
    certificate = Files.writeString(dir.resolve("company-seal.pem"), ReportSealTest.IDENTITY.pem());
  }

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ReportCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void anIntactReportSaysWhoSealedItWhenAndThatItIsIntact() {
    Run r = run("verify", sealed.toString(), "--trust", certificate.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("INTACT: the document is exactly what was sealed")
        .contains("Sealed by: Nordwind Service GmbH report seal")
        .containsPattern("Sealed at: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC")
        .contains("Seal: PAdES-BASELINE-B")
        .contains("The seal was made with the certificate you gave");
  }

  @Test
  void aChangedByteIsSaidToBeAlteredWithExitCodeOne() {
    Run r = run("verify", tampered.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).startsWith("ALTERED: the document was changed after it was sealed");
  }

  @Test
  void inChineseAndForAMissingFile() {
    assertThat(run("verify", sealed.toString(), "--lang", "zh-CN").out()).startsWith("完好").contains("盖章方");
    Run missing = run("verify", "target/reports/no-such.pdf");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).startsWith("Cannot read the file");
  }
}
