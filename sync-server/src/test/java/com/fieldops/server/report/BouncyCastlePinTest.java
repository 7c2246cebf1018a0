package com.fieldops.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.CodeSource;
import org.junit.jupiter.api.Test;

/**
 * BouncyCastle stays at 1.84 for everything: from 1.85 on, DSS 6.4 cannot read back the PAdES seals
 * it makes ("Extra data detected in stream") and every report would verify as broken. A dependency
 * upgrade that pulls another version onto the class path fails here, naming the jar, before any
 * customer receives a report that says it was altered.
 */
class BouncyCastlePinTest {
  static final String PINNED = "1.84";

  @Test
  void everyBouncyCastleJarOnTheClassPathIsThePinnedVersion() {
    for (Class<?> fromJar : new Class<?>[] {org.bouncycastle.jce.provider.BouncyCastleProvider.class,
        org.bouncycastle.cms.CMSSignedData.class, org.bouncycastle.tsp.TimeStampToken.class,
        org.bouncycastle.asn1.x509.Certificate.class}) {
      CodeSource source = fromJar.getProtectionDomain().getCodeSource();
      String jar = source == null ? "" : source.getLocation().getPath();
      assertThat(jar).as("BouncyCastle jar of %s (DSS 6.4 needs %s, see the parent pom)", fromJar.getName(), PINNED)
          .contains("-" + PINNED + ".jar");
    }
    assertThat(new org.bouncycastle.jce.provider.BouncyCastleProvider().getVersionStr()).isEqualTo(PINNED);
  }
}
