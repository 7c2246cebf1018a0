package com.fieldops.server.report;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/** An RFC 3161 time-stamp authority on loopback, built with BouncyCastle's TSP classes. */
final class LocalTsa implements AutoCloseable {
  final HttpServer server;
  final X509Certificate certificate;
  final AtomicInteger requests = new AtomicInteger();
  private final AtomicLong serial = new AtomicLong(1);

  LocalTsa() throws Exception {
    KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
    kpg.initialize(2048);
    KeyPair kp = kpg.generateKeyPair();
    X500Name name = new X500Name("CN=Local test TSA, O=FieldOps tests");
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(7),
        Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), name, kp.getPublic());
    b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    certificate = new JcaX509CertificateConverter()
        .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
    TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
        .build("SHA256withRSA", kp.getPrivate(), certificate),
        new JcaDigestCalculatorProviderBuilder().build().get(
            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)),
        new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4.1"));
    tokens.addCertificates(new JcaCertStore(List.of(certificate)));
    TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/tsa", exchange -> {
      requests.incrementAndGet();
      try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
        TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
        TimeStampResponse response;
        synchronized (this) {
          response = responses.generate(request, BigInteger.valueOf(serial.getAndIncrement()), new Date());
        }
        byte[] body = response.getEncoded();
        exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
        exchange.sendResponseHeaders(200, body.length);
        out.write(body);
      } catch (Exception e) {
        exchange.sendResponseHeaders(500, -1);
        throw new IOException(e);
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
