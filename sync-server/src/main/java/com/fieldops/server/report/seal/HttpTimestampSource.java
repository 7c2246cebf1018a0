package com.fieldops.server.report.seal;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * A time-stamp authority reached over HTTP (RFC 3161): the seal's time then comes from the TSA,
 * not from the server's clock (PAdES B-T). Built on BouncyCastle's TSP classes and the JDK's HTTP
 * client, bounded in time.
 */
public final class HttpTimestampSource implements TSPSource {
  private static final long serialVersionUID = 1L;
  private final String url;
  private final Duration timeout;

  public HttpTimestampSource(String url, Duration timeout) {
    this.url = url;
    this.timeout = timeout;
  }

  @Override
  public TimestampBinary getTimeStampResponse(DigestAlgorithm algorithm, byte[] digest) {
    try {
      TimeStampRequestGenerator gen = new TimeStampRequestGenerator();
      gen.setCertReq(true);
      TimeStampRequest request = gen.generate(new ASN1ObjectIdentifier(algorithm.getOid()), digest,
          new BigInteger(64, new SecureRandom()));
      HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
      HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
          .header("Content-Type", "application/timestamp-query")
          .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() != 200) {
        throw new DSSException("time-stamp authority " + url + " answered HTTP " + answer.statusCode());
      }
      TimeStampResponse response = new TimeStampResponse(answer.body());
      response.validate(request);
      if (response.getTimeStampToken() == null) {
        throw new DSSException("time-stamp authority " + url + " refused: " + response.getStatusString());
      }
      return new TimestampBinary(response.getTimeStampToken().getEncoded());
    } catch (IOException | TSPException e) {
      throw new DSSException("time-stamp authority " + url + " unusable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DSSException("interrupted while asking the time-stamp authority", e);
    }
  }
}
