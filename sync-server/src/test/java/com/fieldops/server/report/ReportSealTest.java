package com.fieldops.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.server.report.seal.CompanySeal;
import com.fieldops.server.report.seal.HttpTimestampSource;
import com.fieldops.server.report.seal.SealCheck;
import com.fieldops.server.report.seal.SealIdentity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seal as anyone checks it: DSS in Java and poppler's pdfsig; one changed byte and both say so. */
class ReportSealTest {
  static final SealIdentity IDENTITY = SealIdentity.selfSigned("Nordwind Service GmbH", Instant.now());
  static byte[] rendered;

  @BeforeAll
  static void render() {
    ReportContent c = ReportSamples.content("en", null);
    rendered = ServiceReportPdfTest.render(c, Locale.ENGLISH, "A4");
  }

  static CompanySeal seal(String tsaUrl) {
    return new CompanySeal(IDENTITY, tsaUrl == null ? null : new HttpTimestampSource(tsaUrl, Duration.ofSeconds(5)),
        "Nordwind Service GmbH", Clock.systemUTC());
  }

  /** pdfsig's output for the file (poppler-utils), bounded in time. */
  static String pdfsig(byte[] pdf, String name) throws Exception {
    Path file = Path.of("target/reports").resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, pdf);
    Process p = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void aSealedReportIsValidForPdfsigAndDssAndSaysWhoSealedItAndWhen() throws Exception {
    Instant before = Instant.now().minusSeconds(1);

    byte[] sealed = seal(null).seal(rendered, "Service report WO-2026-000123");

    String pdfsig = pdfsig(sealed, "sealed-bb.pdf");
    assertThat(pdfsig).contains("Signature is Valid.").contains("Total document signed");
    SealCheck check = SealCheck.of(sealed, List.of(IDENTITY.certificate()));
    assertThat(check.unaltered()).isTrue();
    assertThat(check.sealedBy()).contains("Nordwind Service GmbH report seal");
    assertThat(check.sealedAt()).isBetween(before, Instant.now().plusSeconds(1));
    assertThat(check.level()).isEqualTo("PAdES-BASELINE-B");
    assertThat(check.trusted()).isTrue();
    assertThat(check.selfSigned()).isTrue();
  }

  @Test
  void oneChangedByteMakesDssAndPdfsigSayTheSealNoLongerHolds() throws Exception {
    byte[] sealed = seal(null).seal(rendered, "Service report");
    // a byte inside the signed content (a page stream near the start), not in the signature itself
    byte[] tampered = sealed.clone();
    int at = indexOf(tampered, "stream".getBytes(StandardCharsets.US_ASCII)) + 40;
    tampered[at] = (byte) (tampered[at] ^ 0x01);

    String pdfsig = pdfsig(tampered, "sealed-tampered.pdf");
    SealCheck check = SealCheck.of(tampered, List.of(IDENTITY.certificate()));

    assertThat(pdfsig).doesNotContain("Signature is Valid.").contains("Digest Mismatch.");
    assertThat(check.unaltered()).isFalse();
    assertThat(check.intact()).isFalse();
  }

  @Test
  void bytesAppendedAfterSealingAreNoLongerTheWholeDocument() throws Exception {
    byte[] sealed = seal(null).seal(rendered, "Service report");
    byte[] appended = java.util.Arrays.copyOf(sealed, sealed.length + 20);
    System.arraycopy("\n% added later    \n".getBytes(StandardCharsets.US_ASCII), 0, appended, sealed.length, 19);

    SealCheck check = SealCheck.of(appended, List.of());

    assertThat(check.wholeDocument()).isFalse();
    assertThat(check.unaltered()).isFalse();
    assertThat(pdfsig(appended, "sealed-appended.pdf")).doesNotContain("Total document signed");
  }

  @Test
  void withATimeStampAuthorityTheSealIsBaselineTAndItsTimeComesFromTheTsa() throws Exception {
    try (LocalTsa tsa = new LocalTsa()) {
      byte[] sealed = seal(tsa.url()).seal(rendered, "Service report");

      SealCheck check = SealCheck.of(sealed, List.of(IDENTITY.certificate()));
      assertThat(tsa.requests.get()).isGreaterThanOrEqualTo(1);
      assertThat(check.unaltered()).isTrue();
      assertThat(check.timestamped()).isTrue();
      assertThat(check.level()).isEqualTo("PAdES-BASELINE-T");
      assertThat(pdfsig(sealed, "sealed-bt.pdf")).contains("Signature is Valid.").contains("Total document signed");
    }
  }

  static int indexOf(byte[] data, byte[] needle) {
    outer:
    for (int i = 0; i <= data.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }

}
