package com.fieldops.desktop.workorder.photo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.customer.model.Site;
import com.fieldops.desktop.testing.ConsoleFixture;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.desktop.testing.Screenshots;
import com.fieldops.identity.model.Technician;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.view.JobPhoto;
import com.fieldops.workorder.model.AttachmentKind;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.AddAttachment;
import com.fieldops.workorder.replica.NewWorkOrder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console's work-order view shows the photos the technician's phone uploaded: thumbnails loaded
 * off the UI thread from the server, a click opens the photo large; a photo whose bytes have not left
 * the phone yet says so instead of a picture.
 */
@ExtendWith(ApplicationExtension.class)
class ConsolePhotosTest {
  @TempDir
  static Path dir;

  @RegisterExtension
  static final ConsoleFixture console = ConsoleFixture.dispatcher(() -> dir, Locale.ENGLISH, ZoneId.of("Europe/London"));

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    console.start(stage);
  }

  @Test
  void theJobsPhotosShowAsThumbnailsAndOpenLarge(FxRobot robot) throws Exception {
    ConsoleServer server = console.server();
    Technician tech = server.technicians().get(0);
    Site site = server.siteWithoutContract();
    UUID id = console.newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.REPAIR,
        Priority.P2, "Boiler pressure drops overnight", null, null, null, tech.id()));
    String uploaded;
    try (Replica phone = server.technicianDevice(tech)) {
      ConsoleServer.await("the job reached the phone", Duration.ofSeconds(20), () -> {
        phone.syncNow();
        return phone.workOrders().workOrder(id).isPresent();
      });
      assertThat(phone.photos().attach(id, picture(1600, 1200), "boiler.jpg", Instant.now()))
          .isInstanceOf(CommandOutcome.Recorded.class);
      uploaded = phone.photos().photos(id).get(0).sha256();
      ConsoleServer.await("the photo is on the server", Duration.ofSeconds(30), () -> phone.photos().photos(id).stream()
          .allMatch(p -> p.upload() == JobPhoto.Upload.SENT) && phone.syncStatus().pendingCount() == 0);
      // a second photo whose bytes never left the phone: only its attachment reached the server
      assertThat(phone.record(id, new AddAttachment(Ids.newId(), AttachmentKind.PHOTO, "gauge.jpg", "image/jpeg", 1234,
          "ab".repeat(32), null, Instant.now()))).isInstanceOf(CommandOutcome.Recorded.class);
      ConsoleServer.pushed(phone);
    }

    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> console.window() != null);
    console.office().syncNow();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> console.window().board().queue().find(id) != null);
    console.openWorkOrder(id);
    JobPhotosViewModel photos = console.window().workOrder().photos();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> photos.thumbs().size() == 2);
    PhotoThumb shown = photos.thumbs().stream().filter(t -> t.sha256().equals(uploaded)).findFirst().orElseThrow();
    assertThat(shown.thumbnail()).as("loaded from the server").isNotNull();
    assertThat(shown.thumbnail().getWidth()).isEqualTo(JobPhotosViewModel.THUMB);
    assertThat(shown.caption()).startsWith("Taken ");
    PhotoThumb missing = photos.thumbs().stream().filter(t -> !t.sha256().equals(uploaded)).findFirst().orElseThrow();
    assertThat(missing.thumbnail()).isNull();
    assertThat(missing.caption()).endsWith("not uploaded from the phone yet");
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> { // the photos are at the foot of the right column: scroll there for the screenshot
      javafx.scene.Node n = robot.lookup("#woPhotos").query();
      while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
        n = n.getParent();
      }
      if (n != null) {
        ((javafx.scene.control.ScrollPane) n).setVvalue(1);
      }
    });
    WaitForAsyncUtils.waitForFxEvents();
    console.screenshot("console-photos-en");

    robot.interact(() -> photos.open(shown));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> photos.largeProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    Window large = Window.getWindows().stream().filter(w -> w.getScene() != null
        && w.getScene().getRoot().getId() != null && w.getScene().getRoot().getId().equals("woPhotoLarge"))
        .findFirst().orElseThrow();
    assertThat(large.isShowing()).isTrue();
    assertThat(photos.largeProperty().get().getWidth()).isEqualTo(1000);
    Screenshots.save(large.getScene(), "console-photo-large-en");
    robot.interact(() -> ((Stage) large).close());
  }

  static byte[] picture(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(90, 130, 170));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(230, 120, 30));
    g.fillRect(width / 5, height / 5, width * 3 / 5, height * 3 / 5);
    g.setColor(Color.WHITE);
    g.fillOval(width / 2 - height / 8, height / 2 - height / 8, height / 4, height / 4);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }
}
