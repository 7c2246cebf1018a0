package com.fieldops.server.report.seal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The company's sealing key and certificate, as PKCS#12 bytes: from the configured keystore, or
 * made once on the first start (self-signed) and kept in the database.
 *
 * @param alias      the key entry to seal with
 * @param selfSigned made by the server because no keystore was configured
 */
public record SealIdentity(byte[] pkcs12, char[] password, String alias, X509Certificate certificate,
    boolean selfSigned) {

  /** Reads a PKCS#12 keystore; {@code alias} null takes its first key entry. */
  public static SealIdentity of(byte[] pkcs12, char[] password, String alias, boolean selfSigned) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(new ByteArrayInputStream(pkcs12), password);
      String chosen = alias;
      if (chosen == null) {
        for (String a : Collections.list(ks.aliases())) {
          if (ks.isKeyEntry(a)) {
            chosen = a;
            break;
          }
        }
      }
      if (chosen == null || !ks.isKeyEntry(chosen)) {
        throw new IllegalArgumentException("the report keystore has no key entry" + (alias == null ? "" : " " + alias));
      }
      Certificate cert = ks.getCertificate(chosen);
      if (!(cert instanceof X509Certificate x509)) {
        throw new IllegalArgumentException("the report keystore's entry " + chosen + " has no X.509 certificate");
      }
      return new SealIdentity(pkcs12, password, chosen, x509, selfSigned);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot open the report keystore: " + e.getMessage(), e);
    }
  }

  /**
   * A new self-signed sealing certificate for {@code company} (RSA 3072, SHA-256, ten years), for a
   * first start without a keystore. Anyone can check a report was not altered; to be trusted by
   * readers outside the company, configure a certificate from a CA instead.
   */
  public static SealIdentity selfSigned(String company, Instant now) {
    try {
      KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
      kpg.initialize(3072, new SecureRandom());
      KeyPair kp = kpg.generateKeyPair();
      X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, company + " report seal")
          .addRDN(BCStyle.O, company).build();
      JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
          Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3653))), name, kp.getPublic());
      b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      X509Certificate cert = new JcaX509CertificateConverter()
          .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
      byte[] secret = new byte[18];
      new SecureRandom().nextBytes(secret);
      char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("seal", kp.getPrivate(), password, new Certificate[] {cert});
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ks.store(out, password);
      return new SealIdentity(out.toByteArray(), password, "seal", cert, true);
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot make a sealing certificate", e);
    }
  }

  /** SHA-256 of the certificate, as hex: what an admin compares with a document's seal. */
  public String fingerprint() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The certificate as PEM. */
  public String pem() {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
              .encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
