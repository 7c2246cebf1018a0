package com.fieldops.server.report.seal;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * What a sealed report says about itself, checked with DSS: who sealed it, when, whether the seal is
 * intact and covers the whole document (nothing appended after sealing), and whether the sealing
 * certificate is one the checker trusts.
 *
 * @param sealed        the document carries a seal at all
 * @param intact        the seal's cryptography holds and its digest matches the sealed bytes
 * @param wholeDocument the seal covers every byte of the file (no later additions)
 * @param sealedBy      the sealing certificate's name (common name, organisation)
 * @param sealedAt      the time the seal claims (or the time stamp's, when there is one)
 * @param timestamped   a time-stamp authority vouches for the time (PAdES B-T or higher)
 * @param trusted       the sealing certificate is among the trusted ones given to {@link #of}
 * @param selfSigned    the sealing certificate is self-signed
 */
public record SealCheck(boolean sealed, boolean intact, boolean wholeDocument, String sealedBy, Instant sealedAt,
    boolean timestamped, String level, boolean trusted, boolean selfSigned) {

  /** Intact, covering the whole file: the document is exactly what was sealed. */
  public boolean unaltered() {
    return sealed && intact && wholeDocument;
  }

  public static SealCheck of(byte[] pdf, Collection<X509Certificate> trustedCertificates) {
    Reports reports;
    try {
      SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
      CommonCertificateVerifier verifier = new CommonCertificateVerifier();
      CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
      trustedCertificates.forEach(c -> trusted.addCertificate(new CertificateToken(c)));
      verifier.setTrustedCertSources(trusted);
      validator.setCertificateVerifier(verifier);
      reports = validator.validateDocument();
    } catch (RuntimeException e) {
      // not a readable PDF any more (a changed byte in its structure): nothing can be vouched for
      return new SealCheck(false, false, false, null, null, false, null, false, false);
    }
    DiagnosticData data = reports.getDiagnosticData();
    List<SignatureWrapper> signatures = data.getSignatures();
    if (signatures.isEmpty()) {
      return new SealCheck(false, false, false, null, null, false, null, false, false);
    }
    SignatureWrapper s = signatures.get(signatures.size() - 1);
    boolean digestsHold = !s.getDigestMatchers().isEmpty()
        && s.getDigestMatchers().stream().allMatch(m -> m.isDataFound() && m.isDataIntact());
    boolean intact = s.isSignatureIntact() && s.isSignatureValid() && digestsHold;
    CertificateWrapper cert = s.getSigningCertificate();
    String by = cert == null ? null : name(cert);
    List<TimestampWrapper> stamps = s.getTimestampList();
    boolean stamped = stamps.stream().anyMatch(t -> t.isMessageImprintDataFound() && t.isMessageImprintDataIntact());
    Instant at = stamped ? stamps.get(0).getProductionTime().toInstant()
        : s.getClaimedSigningTime() == null ? null : s.getClaimedSigningTime().toInstant();
    return new SealCheck(true, intact, coversWholeFile(pdf), by, at, stamped,
        s.getSignatureFormat() == null ? null : s.getSignatureFormat().toString(),
        cert != null && cert.isTrusted(), cert != null && cert.isSelfSigned());
  }

  private static String name(CertificateWrapper cert) {
    String cn = cert.getCommonName();
    String o = cert.getOrganizationName();
    if (cn == null) {
      return cert.getCertificateDN();
    }
    return o == null || cn.contains(o) ? cn : cn + ", " + o;
  }

  /** Whether the last seal's byte range reaches the end of the file (an incremental update after it would not). */
  static boolean coversWholeFile(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<PDSignature> sigs = doc.getSignatureDictionaries();
      if (sigs.isEmpty()) {
        return false;
      }
      int[] range = sigs.get(sigs.size() - 1).getByteRange();
      return range.length == 4 && (long) range[2] + range[3] == pdf.length;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  static boolean digestOk(XmlDigestMatcher m) {
    return m.isDataFound() && m.isDataIntact();
  }
}
