package com.fieldops.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fieldops.common.Ids;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.AttachmentKind;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** The sealed report draws the job's photos from the bytes the phone uploaded (the server's photo store). */
class SqliteReportPhotosTest extends ServiceReportContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }

  @Test
  void theReportShowsAThumbnailOfEachUploadedPhoto() throws Exception {
    UUID job = completedJob();
    byte[] photo = jpeg();
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
    Request put = new Request.Builder().url(server.base + "/api/v1/photos/" + sha + "?size=" + photo.length + "&offset=0")
        .header("Authorization", "Bearer " + tech1.token())
        .put(RequestBody.create(photo, MediaType.get("application/octet-stream"))).build();
    try (Response r = com.fieldops.server.testing.ApiClient.HTTP.newCall(put).execute()) {
      assertThat(r.code()).isEqualTo(200);
    }
    Instant now = Instant.now();
    new EntityImporter(server.db, Clock.systemUTC(), last -> { }).importAll(List.of(new Attachment(Ids.newId(), job,
        AttachmentKind.PHOTO, "valve.jpg", "image/jpeg", photo.length, sha, "The new valve seal", now, w.tech1, now)));

    assertThat(sign(tech1, job).status()).isEqualTo(com.fieldops.protocol.MutationStatus.APPLIED);
    Pdf report = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
        .until(() -> pdf(tech1, job), p -> p.status() == 200);

    assertThat(ServiceReportPdfTest.text(report.bytes())).contains("The new valve seal");
    assertThat(images(report.bytes())).as("the photo's thumbnail, at most 480 px on its long side")
        .containsExactly("480x360");
  }

  private static List<String> images(byte[] pdf) throws Exception {
    List<String> found = new java.util.ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
            found.add(img.getWidth() + "x" + img.getHeight());
          }
        }
      }
    }
    return found;
  }

  private static byte[] jpeg() throws Exception {
    BufferedImage img = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, 1600, 1200);
    g.setColor(Color.BLUE);
    g.fillOval(400, 300, 800, 600);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }
}
