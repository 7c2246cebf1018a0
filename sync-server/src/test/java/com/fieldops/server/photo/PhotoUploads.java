package com.fieldops.server.photo;

import com.fieldops.server.testing.ApiClient;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A phone's side of the photo upload, over real HTTP: chunks, a cut connection, raw replies. */
final class PhotoUploads {
  static final MediaType OCTETS = MediaType.get("application/octet-stream");

  record Reply(int status, byte[] body, String contentType) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final String base;
  private final String token;

  PhotoUploads(String base, String token) {
    this.base = base;
    this.token = token;
  }

  Reply put(String sha256, long size, long offset, byte[] chunk) {
    return call(new Request.Builder().url(base + "/api/v1/photos/" + sha256 + "?size=" + size + "&offset=" + offset)
        .put(RequestBody.create(chunk, OCTETS)));
  }

  Reply status(String sha256) {
    return call(new Request.Builder().url(base + "/api/v1/photos/" + sha256 + "/upload").get());
  }

  Reply photo(Object workOrderId, String sha256) {
    return call(new Request.Builder().url(base + "/api/v1/work-orders/" + workOrderId + "/photos/" + sha256).get());
  }

  /** Uploads the whole photo in chunks of {@code chunk} bytes, from where the server says it is. */
  Reply upload(byte[] bytes, int chunk) {
    String sha = PhotoController.sha256Of(bytes);
    long from = received(sha);
    Reply last = null;
    while (from < bytes.length || last == null) {
      int to = (int) Math.min(bytes.length, from + chunk);
      last = put(sha, bytes.length, from, Arrays.copyOfRange(bytes, (int) from, to));
      if (last.status() != 200 || last.text().contains("\"complete\":true")) {
        return last;
      }
      from = to;
    }
    return last;
  }

  long received(String sha256) {
    String t = status(sha256).text();
    int i = t.indexOf("\"received\":") + "\"received\":".length();
    return Long.parseLong(t.substring(i, t.indexOf(',', i)));
  }

  /**
   * A chunk whose connection is lost halfway: the request line, headers and half the body go out, then
   * the socket closes, as when a phone leaves the cell.
   */
  void cutHalfway(String sha256, long size, long offset, byte[] chunk) {
    URI u = URI.create(base);
    try (Socket s = new Socket(u.getHost(), u.getPort())) {
      OutputStream out = s.getOutputStream();
      out.write(("PUT /api/v1/photos/" + sha256 + "?size=" + size + "&offset=" + offset + " HTTP/1.1\r\n"
          + "Host: " + u.getHost() + ":" + u.getPort() + "\r\nAuthorization: Bearer " + token + "\r\n"
          + "Content-Type: application/octet-stream\r\nContent-Length: " + chunk.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(chunk, 0, chunk.length / 2);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Reply call(Request.Builder b) {
    try (Response r = ApiClient.HTTP.newCall(b.header("Authorization", "Bearer " + token).build()).execute()) {
      return new Reply(r.code(), r.body().bytes(), r.header("Content-Type"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A real JPEG (decodable, so the report can draw it), different for each seed. */
  static byte[] jpeg(int width, int height, long seed) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    Random r = new Random(seed);
    for (int i = 0; i < 40; i++) {
      g.setColor(new Color(r.nextInt(0xFFFFFF)));
      g.fillRect(r.nextInt(width), r.nextInt(height), 1 + r.nextInt(width / 2), 1 + r.nextInt(height / 2));
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** {@code size} bytes that start like a JPEG (the server reads magic numbers, not pixels): benchmark payloads. */
  static byte[] jpegLike(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xD8;
    b[2] = (byte) 0xFF;
    return b;
  }
}
