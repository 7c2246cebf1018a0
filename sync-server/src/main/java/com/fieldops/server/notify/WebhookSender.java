package com.fieldops.server.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhooks: the JSON payload POSTed to the recipient's URL. {@value #SIGNATURE} carries
 * {@code sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">} with the recipient's secret, and
 * {@value #TIMESTAMP} the timestamp (epoch seconds), so a receiver can reject forged and replayed
 * calls; {@value #DELIVERY} is the outbox entry id (the same on every retry, for de-duplication).
 * Any 2xx answer counts as delivered.
 */
public final class WebhookSender implements Sender {
  public static final String SIGNATURE = "X-FieldOps-Signature";
  public static final String TIMESTAMP = "X-FieldOps-Timestamp";
  public static final String DELIVERY = "X-FieldOps-Delivery";
  public static final String EVENT = "X-FieldOps-Event";

  private final HttpClient http;
  private final Duration timeout;
  private final Clock clock;

  public WebhookSender(Duration timeout, Clock clock) {
    this.timeout = timeout;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Override
  public void send(Notification n, Recipient recipient) throws DeliveryException {
    String body = n.payload() == null ? "{}" : n.payload();
    String timestamp = String.valueOf(clock.instant().getEpochSecond());
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(URI.create(n.address())).timeout(timeout)
          .header("Content-Type", "application/json; charset=utf-8")
          .header(DELIVERY, n.id().toString())
          .header(EVENT, n.kind())
          .header(TIMESTAMP, timestamp)
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new DeliveryException("webhook URL is not valid: " + n.address(), e);
    }
    if (recipient != null && recipient.secret() != null) {
      b.header(SIGNATURE, "sha256=" + sign(recipient.secret(), timestamp + "." + body));
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) {
        throw new DeliveryException("webhook answered HTTP " + r.statusCode());
      }
    } catch (IOException e) {
      throw new DeliveryException("webhook: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("webhook call interrupted", e);
    }
  }

  /** Hex HMAC-SHA256 of {@code text} under {@code secret}: what receivers recompute to check. */
  public static String sign(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }
}
