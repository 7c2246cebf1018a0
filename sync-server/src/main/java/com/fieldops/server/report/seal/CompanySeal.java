package com.fieldops.server.report.seal;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.KeyStoreSignatureTokenConnection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.Date;

/**
 * Seals a PDF with the company's certificate as a PAdES signature (DSS): B-B, or B-T when a
 * time-stamp authority is configured. The seal covers the whole document, so anyone can check later
 * that not one byte changed. Thread-safe.
 */
public final class CompanySeal {
  private final SealIdentity identity;
  private final KeyStoreSignatureTokenConnection token;
  private final DSSPrivateKeyEntry key;
  private final TSPSource tsa;
  private final String company;
  private final Clock clock;

  public CompanySeal(SealIdentity identity, TSPSource tsa, String company, Clock clock) {
    this.identity = identity;
    this.token = new KeyStoreSignatureTokenConnection(identity.pkcs12(), "PKCS12",
        new KeyStore.PasswordProtection(identity.password()));
    this.key = token.getKey(identity.alias());
    this.tsa = tsa;
    this.company = company;
    this.clock = clock;
  }

  public SealIdentity identity() {
    return identity;
  }

  /** The PAdES level seals get: {@code PAdES-BASELINE-T} with a TSA, else {@code PAdES-BASELINE-B}. */
  public SignatureLevel level() {
    return tsa == null ? SignatureLevel.PAdES_BASELINE_B : SignatureLevel.PAdES_BASELINE_T;
  }

  public byte[] seal(byte[] pdf, String reason) {
    PAdESSignatureParameters p = new PAdESSignatureParameters();
    p.setSignatureLevel(level());
    p.setDigestAlgorithm(DigestAlgorithm.SHA256);
    p.setSigningCertificate(key.getCertificate());
    p.setCertificateChain(key.getCertificateChain());
    p.setSignerName(company);
    p.setReason(reason);
    p.bLevel().setSigningDate(Date.from(clock.instant()));
    PAdESService service = new PAdESService(new CommonCertificateVerifier());
    if (tsa != null) {
      service.setTspSource(tsa);
    }
    DSSDocument document = new InMemoryDocument(pdf);
    ToBeSigned toSign = service.getDataToSign(document, p);
    SignatureValue value = token.sign(toSign, p.getDigestAlgorithm(), key);
    DSSDocument sealed = service.signDocument(document, p, value);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
      sealed.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
