package com.fieldops.mobile.photo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.mobile.TechnicianApp;
import com.fieldops.mobile.device.Photo;
import com.fieldops.mobile.shell.PhoneShell;
import com.fieldops.mobile.testing.PhoneFixture;
import com.fieldops.mobile.testing.PhoneServer;
import com.fieldops.replica.view.JobPhoto;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.Priority;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
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
 * Photos on the phone at 390 x 844 against the real server: taken through the (fake) camera with no
 * signal, downscaled on the phone, attached at once and shown as waiting; a file that is not a photo or
 * is too large gets a message next to the buttons and records nothing; with signal the bytes reach the
 * server and the dispatcher's console replica reads the same bytes (same SHA-256). Photos waiting when
 * the app is killed are sent after it starts again.
 */
@ExtendWith(ApplicationExtension.class)
public class PhonePhotosTest {
  @TempDir
  static Path dir;

  @RegisterExtension
  static final PhoneFixture phone = new PhoneFixture(() -> dir);

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void aPhotoTakenWithoutSignalReachesTheConsoleWithTheSameBytes(FxRobot robot) throws Exception {
    UUID id = phone.newJobToday(Priority.P2, 1, "Boiler pressure drops overnight");
    phone.start(stage, Locale.ENGLISH, false);
    JobPhotosViewModel photos = openJob(robot, id);
    assertThat(stage.getScene().getWidth()).isEqualTo(TechnicianApp.WIDTH);
    assertThat(robot.lookup("#takePhoto").queryButton().getHeight()).as("a gloved thumb hits it").isGreaterThanOrEqualTo(48);
    assertThat(robot.lookup("#pickPhoto").queryButton().getHeight()).isGreaterThanOrEqualTo(48);
    phone.offline(true);

    // not a photo, then too large: a message next to the buttons, nothing recorded
    int pendingBefore = pending();
    phone.device().nextPhoto = new Photo("meter reading 42".getBytes(), "image/png");
    fire(robot, "#pickPhoto", photos);
    assertThat(photos.messageProperty().get()).isEqualTo("This file is not a photo. Choose a JPEG or PNG picture.");
    byte[] huge = new byte[(int) Attachment.MAX_BYTES + 1];
    huge[0] = (byte) 0xFF;
    huge[1] = (byte) 0xD8;
    huge[2] = (byte) 0xFF;
    phone.device().nextPhoto = new Photo(huge, "image/jpeg");
    fire(robot, "#pickPhoto", photos);
    assertThat(photos.messageProperty().get()).isEqualTo("This file is too large (25.0 MB); at most 25 MB.");
    assertThat(pending()).isEqualTo(pendingBefore);
    assertThat(photos.tiles()).isEmpty();

    // a 4000 x 3000 camera picture, taken in the basement
    phone.device().nextPhoto = new Photo(cameraPicture(4000, 3000), "image/jpeg");
    fire(robot, "#takePhoto", photos);
    assertThat(photos.messageProperty().get()).isEmpty();
    assertThat(photos.infoProperty().get()).isEqualTo("Photo added. It is sent when there is signal.");
    // (a sync cycle under way may try it first: Uploading, then back to Waiting with no signal)
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> photos.tiles().size() == 1
        && photos.tiles().get(0).upload() == JobPhoto.Upload.WAITING);
    assertThat(photos.tiles().get(0).stateText()).isEqualTo("Waiting for signal");
    assertThat(photos.tiles().get(0).thumbnail()).as("drawn from the phone's own copy").isNotNull();
    // the attachment and the photo's bytes both wait: signing out now would warn
    assertThat(pending()).isEqualTo(pendingBefore + 2);
    String sha = photos.tiles().get(0).sha256();

    // signal again: the bytes follow the attachment
    phone.offline(false);
    shell().session().replica().syncNow();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !photos.tiles().isEmpty()
        && photos.tiles().get(0).upload() == JobPhoto.Upload.SENT);
    assertThat(photos.tiles().get(0).stateText()).isEqualTo("Sent");
    // "sent when there is signal" no longer stands under the buttons once it is sent
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> photos.infoProperty().get().isEmpty());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> pending() == 0);

    phone.office().syncNow();
    PhoneServer.await("the console sees the photo", Duration.ofSeconds(20),
        () -> phone.office().photos().photos(id).size() == 1);
    JobPhoto seen = phone.office().photos().photos(id).get(0);
    assertThat(seen.sha256()).isEqualTo(sha);
    byte[] bytes = phone.office().photos().bytes(id, sha).orElseThrow();
    assertThat(sha256(bytes)).isEqualTo(sha);
    BufferedImage stored = ImageIO.read(new ByteArrayInputStream(bytes));
    assertThat(Math.max(stored.getWidth(), stored.getHeight())).as("downscaled on the phone").isEqualTo(1600);
    assertThat(stored.getWidth()).isEqualTo(1600);
    assertThat(stored.getHeight()).isEqualTo(1200);
    assertThat(seen.attachment().sizeBytes()).isEqualTo(bytes.length).isLessThan(2_000_000);
  }

  @Test
  void inChineseTheButtonsStatesAndMessagesAreChinese(FxRobot robot) throws Exception {
    UUID id = phone.newJobToday(Priority.P2, 2, "锅炉夜间压力下降");
    phone.start(stage, Locale.SIMPLIFIED_CHINESE, true);
    JobPhotosViewModel photos = openJob(robot, id);
    phone.offline(true);
    phone.device().nextPhoto = new Photo(cameraPicture(1200, 1600), "image/jpeg");
    fire(robot, "#takePhoto", photos);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> photos.tiles().size() == 1
        && photos.tiles().get(0).upload() == JobPhoto.Upload.WAITING);
    assertThat(photos.tiles().get(0).stateText()).isEqualTo("等待信号");
    phone.device().nextPhoto = new Photo("not a picture".getBytes(), "image/png");
    fire(robot, "#pickPhoto", photos);
    assertThat(photos.messageProperty().get()).isEqualTo("此文件不是照片。请选择 JPEG 或 PNG 图片。");
    assertThat(robot.lookup("#takePhoto").queryButton().getText()).isEqualTo("拍照");
  }

  @Test
  void photosWaitingWhenTheAppIsKilledAreSentAfterItStartsAgain(FxRobot robot) throws Exception {
    UUID id = phone.newJobToday(Priority.P3, 3, "Leaking radiator valve");
    phone.start(stage, Locale.ENGLISH, false);
    JobPhotosViewModel photos = openJob(robot, id);
    phone.offline(true);
    phone.device().nextPhoto = new Photo(cameraPicture(2000, 1500), "image/jpeg");
    fire(robot, "#takePhoto", photos);
    phone.device().nextPhoto = new Photo(cameraPicture(1500, 2000), "image/jpeg");
    fire(robot, "#pickPhoto", photos);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> photos.tiles().size() == 2);
    List<String> shas = photos.tiles().stream().map(PhotoTile::sha256).toList();

    phone.restart(stage);
    phone.offline(false);
    PhoneShell again = phone.awaitToday();
    PhoneServer.await("both photos on the server", Duration.ofSeconds(40), () -> {
      again.session().replica().syncNow();
      return again.session().replica().photos().photos(id).stream().allMatch(p -> p.upload() == JobPhoto.Upload.SENT)
          && again.session().replica().photos().photos(id).size() == 2;
    });
    phone.office().syncNow();
    PhoneServer.await("the console has both", Duration.ofSeconds(20), () -> phone.office().photos().photos(id).size() == 2);
    for (String sha : shas) {
      assertThat(phone.office().photos().bytes(id, sha).map(PhonePhotosTest::sha256)).hasValue(sha);
    }
  }

  // ---- helpers ----

  private PhoneShell shell() {
    return phone.app().shell();
  }

  private int pending() {
    return shell().session().replica().syncStatus().pendingCount();
  }

  private JobPhotosViewModel openJob(FxRobot robot, UUID id) throws Exception {
    PhoneShell shell = phone.awaitToday();
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> shell.todayView() != null);
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> shell.todayView().reveal(id));
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> robot.lookup("#job-" + id).tryQuery().isPresent());
    robot.clickOn("#job-" + id);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.job() != null && shell.job().detailProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    return shell.job().photos();
  }

  /** Taps a photo button and waits until the picture is recorded or refused. */
  private static void fire(FxRobot robot, String query, JobPhotosViewModel photos) throws Exception {
    Button b = robot.lookup(query).queryButton();
    robot.interact(b::fire);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !photos.busyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** A camera-like JPEG: a sky, a boiler-ish box and a label, so the thumbnail shows something. */
  public static byte[] cameraPicture(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(120, 160, 200));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(200, 60, 40));
    g.fillRect(width / 4, height / 4, width / 2, height / 2);
    g.setColor(Color.WHITE);
    g.fillOval(width / 3, height / 3, width / 6, width / 6);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
