package com.fieldops.mobile;

import static com.fieldops.mobile.TechnicianDayOnlineTest.awaitJob;
import static com.fieldops.mobile.TechnicianDayOnlineTest.card;
import static com.fieldops.mobile.TechnicianDayOnlineTest.detail;
import static com.fieldops.mobile.TechnicianDayOnlineTest.fire;
import static com.fieldops.mobile.TechnicianDayOnlineTest.step;
import static com.fieldops.mobile.TechnicianDayOnlineTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.visit.FieldStep;
import com.fieldops.mobile.device.Photo;
import com.fieldops.mobile.job.JobViewModel;
import com.fieldops.mobile.job.VanPart;
import com.fieldops.mobile.parts.PartRequestLine;
import com.fieldops.mobile.parts.PartsViewModel;
import com.fieldops.mobile.shell.PhoneShell;
import com.fieldops.mobile.testing.PhoneFixture;
import com.fieldops.mobile.testing.PhoneServer;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.PartRequestStatus;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.oned.Code128Writer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
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
 * Parts on the phone at 390×844 against the real server: a part used by scanning its label (a Code 128
 * barcode generated here, handed to the fake camera as a PNG), a barcode of no part and a picture with
 * no barcode said next to the scan button with nothing recorded, an implausible quantity asked about
 * before it is recorded; one form at a time on the job; then the van screen: a request for parts, the
 * office approving it on its console replica, and the phone receiving part of the transfer.
 */
@ExtendWith(ApplicationExtension.class)
class PhonePartsTest {
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
  void scanAPartLabelToUseItAndConfirmAnImplausibleQuantity(FxRobot robot) throws Exception {
    UUID id = phone.newJobToday(Priority.P2, 1, "Pump leaks at the seal");
    phone.start(stage, Locale.ENGLISH, false);
    PhoneShell shell = phone.awaitToday();
    JobViewModel job = openJob(robot, shell, id);
    step(robot, job, FieldStep.ACCEPT, WorkOrderStatus.ACCEPTED);
    step(robot, job, FieldStep.START_TRAVEL, WorkOrderStatus.EN_ROUTE);
    step(robot, job, FieldStep.ARRIVE, WorkOrderStatus.ON_SITE);

    // one form at a time: opening Complete closes Hold, and back
    robot.clickOn("#step-HOLD");
    assertThat(visible(robot, "#holdForm")).isTrue();
    robot.clickOn("#step-COMPLETE");
    assertThat(visible(robot, "#completeForm")).isTrue();
    assertThat(visible(robot, "#holdForm")).as("the hold form closed: one Complete button under the thumb").isFalse();
    robot.clickOn("#step-HOLD");
    assertThat(visible(robot, "#holdForm")).isTrue();
    assertThat(visible(robot, "#completeForm")).isFalse();
    robot.clickOn("#step-HOLD");
    assertThat(visible(robot, "#holdForm")).isFalse();

    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !job.vanParts().isEmpty());
    VanPart stocked = job.vanParts().stream().filter(p -> !p.part().serialized() && p.onHand() >= 1).findFirst().orElseThrow();
    ScrollPane scroll = robot.lookup("#jobScroll").query();

    // a picture with no barcode: said next to the scan button, nothing picked
    phone.device().nextPhoto = png(new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB));
    scan(robot, job);
    assertThat(label(robot, "#scanMessage").getText())
        .isEqualTo("No barcode found in the picture. Hold the label flat, fill the frame and scan again.");
    assertThat(job.partProperty().get()).isNull();

    // a barcode of no part: said next to the scan button, nothing recorded
    phone.device().nextPhoto = barcode("NOPE-404");
    scan(robot, job);
    assertThat(label(robot, "#scanMessage").getText()).isEqualTo("No part has the barcode NOPE-404. Nothing was recorded.");
    assertThat(job.partProperty().get()).isNull();
    assertThat(detail(job).partsUsed()).isEmpty();
    robot.interact(() -> scroll.setVvalue(1));

    // the part's label: picked by its SKU, then used
    phone.device().nextPhoto = barcode(stocked.part().sku());
    scan(robot, job);
    assertThat(job.partProperty().get()).isNotNull();
    assertThat(job.partProperty().get().partId()).isEqualTo(stocked.partId());
    assertThat(label(robot, "#partPicked").getText()).isEqualTo(stocked.part().sku() + " " + stocked.part().name());
    assertThat(label(robot, "#scanMessage").isVisible()).isFalse();
    fire(robot, "#usePart");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> detail(job).partsUsed().size() == 1);
    assertThat(detail(job).partsUsed().get(0).quantity()).isEqualTo(1);

    // 50 of it: the shared rule finds that implausible, the phone asks, nothing is recorded yet
    phone.device().nextPhoto = barcode(stocked.part().sku().toLowerCase(Locale.ROOT)); // scanners differ in case
    scan(robot, job);
    assertThat(job.partProperty().get().partId()).isEqualTo(stocked.partId());
    robot.interact(() -> job.partQuantityProperty().set("50"));
    fire(robot, "#usePart");
    assertThat(visible(robot, "#quantityQuestion")).isTrue();
    assertThat(label(robot, "#quantityQuestionText").getText())
        .isEqualTo("50 × " + stocked.part().sku() + " " + stocked.part().name()
            + " is more than one job normally uses. Record 50 anyway?");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(detail(job).partsUsed()).hasSize(1);
    robot.interact(() -> scroll.setVvalue(1));
    // "change quantity": nothing recorded, the question gone
    fire(robot, "#cancelQuantity");
    assertThat(visible(robot, "#quantityQuestion")).isFalse();
    assertThat(detail(job).partsUsed()).hasSize(1);
    // asked again and confirmed: recorded as entered
    fire(robot, "#usePart");
    assertThat(visible(robot, "#quantityQuestion")).isTrue();
    fire(robot, "#confirmQuantity");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> detail(job).partsUsed().size() == 2);
    assertThat(detail(job).partsUsed()).extracting(PartUsage::quantity).containsExactlyInAnyOrder(1, 50);
    assertThat(visible(robot, "#quantityQuestion")).isFalse();

    // a serialized part: picked, and the serial asked for next to the scan button
    Optional<Part> serialized = phone.server().data.parts().stream().filter(Part::serialized).findFirst();
    if (serialized.isPresent()) {
      phone.device().nextPhoto = barcode(serialized.get().sku());
      scan(robot, job);
      assertThat(job.partProperty().get().partId()).isEqualTo(serialized.get().id());
      // a hint, not a refusal: the scan worked
      assertThat(label(robot, "#scanHint").getText()).startsWith(serialized.get().sku() + " is serialized");
      assertThat(label(robot, "#scanMessage").getText()).isEmpty();
      assertThat(robot.lookup("#partSerial").queryAs(TextField.class).isVisible()).isTrue();
    }

    // the server has both uses
    PhoneServer.pushed(shell.session().replica());
    assertThat(shell.session().replica().syncStatus().rejected()).isEmpty();
    phone.office().syncNow();
    PhoneServer.await("the office sees both parts used", Duration.ofSeconds(20), () -> phone.office().workOrders()
        .workOrder(id).map(d -> d.partsUsed().size() == 2).orElse(false));
  }

  @Test
  void requestPartsTheOfficeApprovesAndThePhoneReceivesSome(FxRobot robot) throws Exception {
    phone.start(stage, Locale.ENGLISH, false);
    PhoneShell shell = phone.awaitToday();
    robot.clickOn("#navVan");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shell.parts() != null);
    PartsViewModel parts = shell.parts();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !parts.stock().isEmpty());
    assertThat(texts(robot, "#vanStock")).contains("on hand").contains("available");

    // nothing picked, a quantity of none: said under the form, nothing recorded
    fire(robot, "#sendRequest");
    assertThat(label(robot, "#requestMessage").getText()).isEqualTo("Pick a part from the catalogue first.");
    int before = shell.session().replica().stock().partRequests(false).size(); // the demo's older requests
    Part wanted = phone.server().data.parts().stream().filter(p -> !p.serialized()).skip(3).findFirst().orElseThrow();
    robot.interact(() -> parts.searchProperty().set(wanted.sku()));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#requestPart-" + wanted.sku()).tryQuery().isPresent());
    fire(robot, "#requestPart-" + wanted.sku());
    robot.interact(() -> parts.requestQuantityProperty().set("0"));
    fire(robot, "#sendRequest");
    assertThat(label(robot, "#requestMessage").getText()).isEqualTo("Enter a quantity from 1 to 9,999.");
    assertThat(shell.session().replica().stock().partRequests(false)).hasSize(before);

    robot.interact(() -> {
      parts.requestQuantityProperty().set("4");
      parts.requestCommentProperty().set("Running low after the pump jobs");
    });
    fire(robot, "#sendRequest");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> parts.requests().size() == before + 1);
    PartRequest asked = parts.requests().get(0).request(); // newest first
    assertThat(asked.comment()).isEqualTo("Running low after the pump jobs");
    assertThat(asked.status()).isEqualTo(PartRequestStatus.REQUESTED);
    assertThat(asked.workOrderId()).as("asked from the van tab: for the van").isNull();
    assertThat(texts(robot, "#myRequests")).contains("Waiting").contains("4 × " + wanted.sku());
    PhoneServer.pushed(shell.session().replica());

    // the office approves from a warehouse of the region (stocked first)
    phone.officeApprovesFromTheRegionsDepot(asked.id(), wanted.id());

    // the phone sees the parts on their way and books in 3 of the 4
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> line(parts, asked.id()).map(PartRequestLine::receivable).orElse(false));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(texts(robot, "#incoming")).contains("4 × " + wanted.sku() + " " + wanted.name() + " to receive");
    TextField qty = robot.lookup("#receiveQuantity-" + asked.id()).queryAs(TextField.class);
    robot.interact(() -> qty.setText("9"));
    fire(robot, "#receive-" + asked.id());
    assertThat(label(robot, "#receiveMessage-" + asked.id()).getText()).isEqualTo("Enter how many arrived: 1 to 4.");
    robot.interact(() -> qty.setText("3"));
    fire(robot, "#receive-" + asked.id());
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        () -> line(parts, asked.id()).map(l -> l.request().status() == PartRequestStatus.PARTLY_RECEIVED).orElse(false));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(line(parts, asked.id()).orElseThrow().open()).isEqualTo(1);
    assertThat(texts(robot, "#myRequests")).contains("Partly received").contains("3 of 4 received");
    assertThat(texts(robot, "#incoming")).contains("1 × " + wanted.sku());

    // the office sees the partial receipt
    PhoneServer.pushed(shell.session().replica());
    assertThat(shell.session().replica().syncStatus().rejected()).isEmpty();
    PhoneServer.await("the office sees the partial receipt", Duration.ofSeconds(20), () -> {
      phone.office().syncNow();
      return phone.office().stock().partRequest(asked.id()).map(r -> r.status() == PartRequestStatus.PARTLY_RECEIVED)
          .orElse(false);
    });
  }

  @Test
  void theScreensInChineseAndDark(FxRobot robot) throws Exception {
    UUID id = phone.newJobToday(Priority.P3, 2, "Valve sticks");
    phone.start(stage, Locale.SIMPLIFIED_CHINESE, true);
    PhoneShell shell = phone.awaitToday();
    JobViewModel job = openJob(robot, shell, id);
    phone.device().nextPhoto = barcode("NOPE-404");
    scan(robot, job);
    assertThat(label(robot, "#scanMessage").getText()).isEqualTo("没有条码为 NOPE-404 的配件。未记录任何内容。");
    ScrollPane scroll = robot.lookup("#jobScroll").query();
    robot.interact(() -> scroll.setVvalue(1));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !job.vanParts().isEmpty());
    VanPart p = job.vanParts().stream().filter(v -> !v.part().serialized()).findFirst().orElseThrow();
    robot.interact(() -> {
      job.partProperty().set(p);
      job.partQuantityProperty().set("40");
    });
    fire(robot, "#usePart");
    assertThat(label(robot, "#quantityQuestionText").getText()).contains("超出一次工作的正常用量");
    robot.interact(() -> scroll.setVvalue(1));
    fire(robot, "#requestPartsForJob");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shell.parts() != null);
    assertThat(shell.parts().forJobProperty().get()).as("asked from the job: for the job").isEqualTo(id);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !shell.parts().stock().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(label(robot, "#requestFor").getText()).isEqualTo("用于您刚才的工单");
    phone.screenshot("parts-zh-dark");
  }

  private static JobViewModel openJob(FxRobot robot, PhoneShell shell, UUID id) throws Exception {
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> card(shell, id) != null);
    TechnicianDayOnlineTest.openFromToday(robot, shell, id);
    return awaitJob(shell, id);
  }

  static void scan(FxRobot robot, JobViewModel job) throws Exception {
    // the button as a thumb presses it, then the camera, the decoder and the lookup off the UI thread
    var done = WaitForAsyncUtils.asyncFx(job::scanPart).get(10, TimeUnit.SECONDS);
    done.get(20, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static Optional<PartRequestLine> line(PartsViewModel parts, UUID requestId) {
    try {
      return WaitForAsyncUtils.asyncFx(() -> parts.requests().stream().filter(l -> l.request().id().equals(requestId))
          .findFirst()).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A part label as the phone's camera would see it: a Code 128 barcode with a quiet zone, as PNG. */
  static Photo barcode(String text) throws Exception {
    var matrix = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 360, 120);
    return png(MatrixToImageWriter.toBufferedImage(matrix));
  }

  static Photo png(BufferedImage image) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return new Photo(out.toByteArray(), "image/png");
  }

  private static boolean visible(FxRobot robot, String query) {
    WaitForAsyncUtils.waitForFxEvents();
    Node n = robot.lookup(query).query();
    return n.isVisible() && n.isManaged();
  }

  private static Label label(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class);
  }
}
