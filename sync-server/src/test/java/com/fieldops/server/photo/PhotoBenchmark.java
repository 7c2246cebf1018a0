package com.fieldops.server.photo;

import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.TestServer;
import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upload of N photos of M MB over loopback, in 1 MB chunks: MB/s uninterrupted, and with every photo's
 * connection cut halfway through its middle chunk and resumed from what the server says it has. Not
 * part of CI; command in docs/benchmarks.md.
 */
public final class PhotoBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(PhotoBenchmark.class);
  private static final int CHUNK = 1 << 20;

  private PhotoBenchmark() {}

  public static void main(String[] args) {
    int photos = arg(args, "--photos", 20);
    int megabytes = arg(args, "--mb", 2);
    String db = Arrays.asList(args).contains("--db") ? args[Arrays.asList(args).indexOf("--db") + 1] : "both";
    for (Dialect d : Dialect.values()) {
      if (db.equals("both") || d.name().toLowerCase(Locale.ROOT).startsWith(db)) {
        run(d, photos, megabytes << 20);
      }
    }
  }

  private static void run(Dialect dialect, int photos, int size) {
    try (TestServer server = TestServer.start(dialect)) {
      PhotoUploads phone = new PhotoUploads(server.base, server.as("tech1").token());
      phone.upload(PhotoUploads.jpegLike(size, -1), CHUNK); // warm-up
      long t0 = System.nanoTime();
      for (int i = 0; i < photos; i++) {
        check(phone.upload(PhotoUploads.jpegLike(size, i), CHUNK));
      }
      double clean = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      for (int i = 0; i < photos; i++) {
        byte[] photo = PhotoUploads.jpegLike(size, 1000 + i);
        String sha = PhotoController.sha256Of(photo);
        if (phone.put(sha, size, 0, Arrays.copyOfRange(photo, 0, CHUNK)).status() != 200) {
          throw new IllegalStateException("first chunk refused");
        }
        phone.cutHalfway(sha, size, CHUNK, Arrays.copyOfRange(photo, CHUNK, Math.min(size, 2 * CHUNK)));
        check(phone.upload(photo, CHUNK)); // asks where the server is, sends the rest
      }
      double cut = (System.nanoTime() - t1) / 1e9;
      double mb = (double) photos * size / (1 << 20);
      LOG.info("event=photo_benchmark db={} photos={} mb_each={} clean_s={} clean_mb_s={} cut_s={} cut_mb_s={}",
          dialect, photos, size >> 20, fmt(clean), fmt(mb / clean), fmt(cut), fmt(mb / cut));
      System.out.printf(Locale.ROOT, "%s: %d photos x %d MB: %.2f s = %.1f MB/s; cut halfway + resumed: %.2f s = %.1f MB/s%n",
          dialect, photos, size >> 20, clean, mb / clean, cut, mb / cut);
    }
  }

  private static void check(PhotoUploads.Reply r) {
    if (r.status() != 200 || !r.text().contains("\"complete\":true")) {
      throw new IllegalStateException("upload answered " + r.status() + ": " + r.text());
    }
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static int arg(String[] args, String name, int def) {
    int i = Arrays.asList(args).indexOf(name);
    return i < 0 ? def : Integer.parseInt(args[i + 1]);
  }
}
