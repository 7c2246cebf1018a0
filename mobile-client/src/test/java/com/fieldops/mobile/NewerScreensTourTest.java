package com.fieldops.mobile;

import static com.fieldops.mobile.TechnicianDayOnlineTest.awaitJob;
import static com.fieldops.mobile.TechnicianDayOnlineTest.card;
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
import com.fieldops.mobile.photo.JobPhotosViewModel;
import com.fieldops.mobile.photo.PhonePhotosTest;
import com.fieldops.mobile.photo.PhotoTile;
import com.fieldops.mobile.shell.PhoneShell;
import com.fieldops.mobile.testing.PhoneFixture;
import com.fieldops.mobile.testing.PhoneServer;
import com.fieldops.replica.view.JobPhoto;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.PartRequestStatus;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The phone's newer screens at 390×844 in English and Chinese, light and dark, saved to
 * target/screenshots with the same checks as {@link ScreenTourTest} (48 px targets, no cut text): a part
 * label scanned (no barcode, unknown label, serial asked), the quantity question, job photos waiting,
 * uploading, sent and refused, the visit summary with its checklist, and Van &amp; parts (request form,
 * my requests, stock, parts on the way, partly received). The behaviour itself is tested in
 * {@link PhonePartsTest}, {@link PhonePhotosTest} and {@link ChecklistAndCompletionTest}; here each
 * language's own words are checked where a person reads them.
 */
@ExtendWith(ApplicationExtension.class)
class NewerScreensTourTest {
  @TempDir
  static Path dir;

  @RegisterExtension
  static final PhoneFixture phone = new PhoneFixture(() -> dir);

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @ParameterizedTest
  @CsvSource({"en, false", "en, true", "zh-CN, false", "zh-CN, true"})
  void newerScreens(String lang, boolean dark, FxRobot robot) throws Exception {
    boolean zh = lang.startsWith("zh");
    String tag = lang.substring(0, 2) + "-" + (dark ? "dark" : "light");
    ScreenTourTest.givesRepairsAChecklist(phone);
    UUID id = phone.newJobToday(Priority.P2, 1, zh ? "水泵密封处漏水" : "Pump leaks at the seal");
    phone.start(stage, Locale.forLanguageTag(lang), dark);
    PhoneShell shell = phone.awaitToday();
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> card(shell, id) != null);
    TechnicianDayOnlineTest.openFromToday(robot, shell, id);
    JobViewModel job = awaitJob(shell, id);
    step(robot, job, FieldStep.ACCEPT, WorkOrderStatus.ACCEPTED);
    step(robot, job, FieldStep.START_TRAVEL, WorkOrderStatus.EN_ROUTE);
    step(robot, job, FieldStep.ARRIVE, WorkOrderStatus.ON_SITE);

    // scanning a part label: no barcode, a label of no part, a serialized part asking for its serial
    phone.device().nextPhoto = PhonePartsTest.png(new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB));
    PhonePartsTest.scan(robot, job);
    assertThat(label(robot, "#scanMessage").getText()).isEqualTo(zh ? "图片中未找到条码。请将标签放平、占满画面后重新扫描。"
        : "No barcode found in the picture. Hold the label flat, fill the frame and scan again.");
    reveal(robot, "#scanPart");
    check(robot, "job-scan-nobarcode-" + tag);
    phone.device().nextPhoto = PhonePartsTest.barcode("NOPE-404");
    PhonePartsTest.scan(robot, job);
    assertThat(label(robot, "#scanMessage").getText()).isEqualTo(zh ? "没有条码为 NOPE-404 的配件。未记录任何内容。"
        : "No part has the barcode NOPE-404. Nothing was recorded.");
    reveal(robot, "#scanPart");
    check(robot, "job-scan-unknown-" + tag);
    Part serialized = phone.server().data.parts().stream().filter(Part::serialized).findFirst().orElseThrow();
    phone.device().nextPhoto = PhonePartsTest.barcode(serialized.sku());
    PhonePartsTest.scan(robot, job);
    assertThat(job.partProperty().get().partId()).isEqualTo(serialized.id());
    assertThat(robot.lookup("#partSerial").queryAs(TextField.class).isVisible()).isTrue();
    reveal(robot, "#scanPart");
    check(robot, "job-scan-serial-" + tag);

    // the quantity question
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !job.vanParts().isEmpty());
    VanPart plain = job.vanParts().stream().filter(v -> !v.part().serialized()).findFirst().orElseThrow();
    robot.interact(() -> {
      job.partProperty().set(plain);
      job.partQuantityProperty().set("40");
    });
    fire(robot, "#usePart");
    assertThat(label(robot, "#quantityQuestionText").getText()).contains(zh ? "超出一次工作的正常用量" : "more than one job normally uses");
    reveal(robot, "#quantityQuestion");
    check(robot, "job-quantity-confirm-" + tag);
    fire(robot, "#cancelQuantity");

    // photos: two taken with no signal, one held on its way, the other refused by the server
    JobPhotosViewModel photos = job.photos();
    phone.offline(true);
    takePhoto(robot, photos, 1600, 1200);
    takePhoto(robot, photos, 1200, 1600);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> photos.tiles().size() == 2
        && photos.tiles().stream().allMatch(t -> t.upload() == JobPhoto.Upload.WAITING));
    assertThat(photos.tiles().get(0).stateText()).isEqualTo(zh ? "等待信号" : "Waiting for signal");
    revealPhotos(robot);
    check(robot, "photos-waiting-" + tag);
    phone.photoGate().hold();
    phone.offline(false);
    shell.session().replica().syncNow();
    assertThat(phone.photoGate().awaitHeld(40)).as("a photo is on its way").isTrue();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tiles(photos).stream()
        .anyMatch(t -> t.upload() == JobPhoto.Upload.UPLOADING));
    // the actions went through before the photo bytes: the sync line says online while they go up
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shell.session().replica().syncStatus().connectivity()
        == com.fieldops.replica.SyncStatus.Connectivity.ONLINE);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(label(robot, "#syncConnection").getText()).isNotEqualTo(zh ? "无信号" : "No signal");
    revealPhotos(robot);
    check(robot, "photos-uploading-" + tag);
    String other = tiles(photos).stream().filter(t -> t.upload() != JobPhoto.Upload.UPLOADING).findFirst()
        .orElseThrow().sha256();
    phone.photoGate().refuse(other);
    phone.photoGate().release();
    try {
      WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> tiles(photos).stream()
          .anyMatch(t -> t.upload() == JobPhoto.Upload.SENT) && tiles(photos).stream()
          .anyMatch(t -> t.upload() == JobPhoto.Upload.REFUSED));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the screen shows " + tiles(photos).stream().map(t -> t.sha256().substring(0, 8) + "="
          + t.upload()).toList() + ", the replica " + shell.session().replica().photos().photos(id).stream()
          .map(p -> p.sha256().substring(0, 8) + "=" + p.upload()).toList(), e);
    }
    revealPhotos(robot);
    assertThat(texts(robot, "#jobPhotos")).contains(zh ? "照片太大" : "The photo is too large");
    check(robot, "photos-sent-refused-" + tag);

    // the checklist ticked, the job completed, the visit summary the customer reads before signing
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
        () -> robot.lookup("#item-" + ScreenTourTest.SUCTION_ITEM).tryQuery().isPresent());
    robot.interact(() -> robot.lookup("#answer-" + ScreenTourTest.SUCTION_ITEM).queryAs(TextField.class).setText("4.2"));
    fire(robot, "#item-" + ScreenTourTest.SUCTION_ITEM);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#item-" + ScreenTourTest.SUCTION_ITEM)
        .queryButton().getStyleClass().contains("done"));
    ScrollPane jobScroll = robot.lookup("#jobScroll").query();
    robot.interact(() -> jobScroll.setVvalue(0));
    robot.clickOn("#step-COMPLETE");
    robot.interact(() -> job.resolutionProperty().set(zh ? "更换机械密封，试运行无泄漏。" : "Mechanical seal replaced, no leak on test run."));
    fire(robot, "#confirmComplete");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
        () -> TechnicianDayOnlineTest.detail(job).workOrder().status() == WorkOrderStatus.COMPLETED);
    fire(robot, "#openSignature");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.signature() != null
        && shell.signature().detailProperty().get() != null);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> texts(robot, "#summaryChecklist").contains("4.2 bar"));
    reveal(robot, "#summaryChecklist");
    check(robot, "signature-summary-checklist-" + tag);

    // Van & parts: a request for the van, then the office approves and part of it arrives
    robot.interact(shell::showToday);
    robot.clickOn("#navVan");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shell.parts() != null);
    PartsViewModel parts = shell.parts();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !parts.stock().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    reveal(robot, "#vanStock");
    check(robot, "parts-stock-" + tag);
    java.util.Set<UUID> before = requestIds(parts);
    Part wanted = phone.server().data.parts().stream().filter(p -> !p.serialized()).skip(3).findFirst().orElseThrow();
    robot.interact(() -> parts.searchProperty().set(wanted.sku()));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#requestPart-" + wanted.sku()).tryQuery().isPresent());
    fire(robot, "#requestPart-" + wanted.sku());
    robot.interact(() -> {
      parts.requestQuantityProperty().set("4");
      parts.requestCommentProperty().set(zh ? "水泵工单后库存不足" : "Running low after the pump jobs");
    });
    reveal(robot, "#requestFor");
    check(robot, "parts-request-form-" + tag);
    fire(robot, "#sendRequest");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> requestIds(parts).size() == before.size() + 1);
    UUID askedId = requestIds(parts).stream().filter(r -> !before.contains(r)).findFirst().orElseThrow();
    PartRequest asked = line(parts, askedId).orElseThrow().request();
    WaitForAsyncUtils.waitForFxEvents();
    reveal(robot, "#myRequests");
    check(robot, "parts-my-requests-" + tag);
    PhoneServer.pushed(shell.session().replica());

    phone.officeApprovesFromTheRegionsDepot(asked.id(), wanted.id());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> line(parts, asked.id()).map(PartRequestLine::receivable).orElse(false));
    WaitForAsyncUtils.waitForFxEvents();
    reveal(robot, "#incoming");
    check(robot, "parts-incoming-" + tag);
    TextField qty = robot.lookup("#receiveQuantity-" + asked.id()).queryAs(TextField.class);
    robot.interact(() -> qty.setText("3"));
    fire(robot, "#receive-" + asked.id());
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> line(parts, asked.id())
        .map(l -> l.request().status() == PartRequestStatus.PARTLY_RECEIVED).orElse(false));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(texts(robot, "#myRequests")).contains(zh ? "部分收货" : "Partly received");
    reveal(robot, "#incoming");
    check(robot, "parts-partly-received-" + tag);
  }

  private static void check(FxRobot robot, String name) {
    ScreenTourTest.check(robot, phone, name);
  }

  private static void takePhoto(FxRobot robot, JobPhotosViewModel photos, int w, int h) throws Exception {
    phone.device().nextPhoto = new Photo(PhonePhotosTest.cameraPicture(w, h), "image/jpeg");
    Button b = robot.lookup("#takePhoto").queryButton();
    robot.interact(b::fire);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !photos.busyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static java.util.List<PhotoTile> tiles(JobPhotosViewModel photos) {
    try {
      return WaitForAsyncUtils.asyncFx(() -> java.util.List.copyOf(photos.tiles())).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void revealPhotos(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    reveal(robot, "#jobPhotos");
  }

  /** Scrolls the node's screen so the node is near the top, as a thumb would before looking. */
  static void reveal(FxRobot robot, String query) {
    WaitForAsyncUtils.waitForFxEvents();
    Node n = robot.lookup(query).query();
    robot.interact(() -> {
      Node p = n.getParent();
      while (p != null && !(p instanceof ScrollPane)) {
        p = p.getParent();
      }
      if (p instanceof ScrollPane scroll) {
        var body = (javafx.scene.layout.Region) scroll.getContent();
        body.applyCss();
        body.layout();
        double y = body.sceneToLocal(n.localToScene(0, 0)).getY();
        double room = body.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - 60) / room)));
      }
    });
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

  private static java.util.Set<UUID> requestIds(PartsViewModel parts) {
    try {
      return WaitForAsyncUtils.asyncFx(() -> parts.requests().stream().map(l -> l.request().id())
          .collect(java.util.stream.Collectors.toSet())).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Label label(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class);
  }
}
