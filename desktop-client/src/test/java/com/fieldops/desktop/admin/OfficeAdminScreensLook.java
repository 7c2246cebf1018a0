package com.fieldops.desktop.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Site;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.ConsoleFixture;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The office's administration screens as the demo dispatcher uses them against the real server:
 * service contracts per customer (messages next to the fields, nothing recorded until they are
 * right, the contract reaches the server, a machine's own contract), the CSV import (a bad file
 * lists its problems by row and column and imports nothing; a good one reports what it created)
 * and the billing export saved to a file with the byte-order mark and the Chinese text intact. The
 * users screen is not there for a dispatcher. Run in English and Chinese by the subclasses.
 */
abstract class OfficeAdminScreensLook {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  abstract ConsoleFixture console();

  abstract String prefix();

  abstract Path dir();

  void open(Stage stage) {
    console().start(stage);
    stage.setWidth(1600);
    stage.setHeight(1000);
  }

  private void signedIn() throws Exception {
    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> console().window() != null
        && console().window().replica().syncStatus().lastSuccessfulSync() != null);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void show(Screen s) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> console().window().shell().show(s)).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  static void fill(FxRobot robot, String id, String text) throws Exception {
    TextInputControl t = robot.lookup("#" + id).queryAs(TextInputControl.class);
    WaitForAsyncUtils.asyncFx(() -> t.setText(text)).get();
  }

  static String message(FxRobot robot, String id) {
    return robot.lookup("#" + id).queryAs(Label.class).getText();
  }

  private int pending() {
    return console().window().replica().syncStatus().pendingCount();
  }

  private static void pick(FxRobot robot, String comboId, String text) {
    robot.clickOn("#" + comboId);
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> text.equals(c.getText()))
        .<Node>query());
  }

  @Test
  void aDispatcherHasNoUsersScreen(FxRobot robot) throws Exception {
    signedIn();
    show(Screen.CONTRACTS);
    assertThat(robot.lookup("#nav-USERS").query().isVisible()).isFalse();
    show(Screen.USERS);
    assertThat(console().window().shell().screenProperty().get()).as("Ctrl+0 leads nowhere for a dispatcher")
        .isEqualTo(Screen.CONTRACTS);
  }

  @Test
  void aContractIsCreatedWithItsSlaPolicyAndThenMadeAMachinesOwn(FxRobot robot) throws Exception {
    signedIn();
    String region = console().server().dispatcherRegion();
    Equipment machine = console().server().data.equipment().stream().filter(e -> console().server().data.sites()
        .stream().anyMatch(s -> s.id().equals(e.siteId()) && s.region().equals(region))).findFirst().orElseThrow();
    ContractsViewModel vm = console().window().admin().contracts();
    show(Screen.CONTRACTS);
    WaitForAsyncUtils.asyncFx(() -> vm.open(machine.customerId())).get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.selectedProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    int before = vm.contracts().size();

    robot.clickOn("#contractNew");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#contractForm").tryQuery().isPresent());
    robot.clickOn("#contractForm-save");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message(robot, "contract-contract-contractNumber-error")).isNotBlank();
    assertThat(message(robot, "contract-contract-slaPolicyId-error")).isNotBlank();
    assertThat(pending()).as("nothing recorded").isZero();

    String number = "SC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    SlaPolicy policy = console().window().replica().sla().policies().get(0);
    fill(robot, "contract-contract-contractNumber", number);
    pick(robot, "contract-contract-slaPolicyId", policy.name());
    LocalDate today = LocalDate.now(console().clock());
    fill(robot, "contract-contract-validFrom", today.toString());
    fill(robot, "contract-contract-validTo", today.minusDays(1).toString());
    robot.clickOn("#contractForm-save");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message(robot, "contract-contract-validTo-error")).as("ends before it begins").isNotBlank();
    assertThat(message(robot, "contract-contract-slaPolicyId-error")).isEmpty();
    Node form = robot.lookup("#contractForm").query();
    com.fieldops.desktop.testing.Screenshots.save(form.getScene(), prefix() + "-contract-messages");
    assertThat(pending()).as("still nothing recorded").isZero();

    fill(robot, "contract-contract-validTo", today.plusYears(1).toString());
    robot.clickOn("#contractForm-save");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#contractForm").tryQuery().isEmpty());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.contracts().size() == before + 1);
    ContractsViewModel.ContractLine line = vm.contracts().stream().filter(l -> l.number().equals(number)).findFirst()
        .orElseThrow();
    UUID id = line.contract().id();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> console().server().find(ServiceContract.class, id).isPresent());
    ServiceContract stored = console().server().find(ServiceContract.class, id).orElseThrow();
    assertThat(stored.slaPolicyId()).isEqualTo(policy.id());
    assertThat(stored.scope()).isEqualTo(ContractScope.CUSTOMER);
    assertThat(stored.validTo()).isEqualTo(today.plusYears(1));
    assertThat(line.policy()).isEqualTo(policy.name());
    console().screenshot(prefix() + "-contracts-list");

    // edited: the contract now covers one machine only
    TableView<?> table = robot.lookup("#contractsTable").queryAs(TableView.class);
    WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(vm.contracts().indexOf(line))).get();
    robot.clickOn("#contractEdit");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#contractForm").tryQuery().isPresent());
    pick(robot, "contract-contract-equipmentId", vm.messages().text("contracts.covers.machine",
        (machine.manufacturer() + " " + machine.model()).trim(), machine.serialNumber()));
    assertThat(stored.showCostsOnReport()).as("a new contract keeps costs off the customer's report").isFalse();
    pick(robot, "contract-contract-showCostsOnReport", vm.messages().text("contracts.costsOnReport.yes"));
    robot.clickOn("#contractForm-save");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#contractForm").tryQuery().isEmpty());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> console().server().find(ServiceContract.class, id)
        .map(k -> k.scope() == ContractScope.EQUIPMENT && k.showCostsOnReport()).orElse(false));
    assertThat(console().server().find(ServiceContract.class, id).orElseThrow().equipmentId()).isEqualTo(machine.id());
    assertThat(console().server().find(ServiceContract.class, id).orElseThrow().contractNumber()).isEqualTo(number);
  }

  static final String HEADER = "customer_account,customer_name,customer_email,customer_language,site_name,"
      + "site_street,site_postal_code,site_city,site_country,site_time_zone,site_region,site_latitude,"
      + "site_longitude,equipment_serial,equipment_manufacturer,equipment_model,equipment_install_date,"
      + "equipment_warranty_end";

  /** A fake file dialog: always this file to import, always this path to save to. */
  record FakePicker(Path toImport, Path saveTo) implements FilePicker {
    @Override
    public Path csvToImport() {
      return toImport;
    }

    @Override
    public Path saveAs(String fileName) {
      return saveTo;
    }
  }

  private DataExchangeViewModel data() {
    return console().window().admin().dataExchange();
  }

  @Test
  void aBadFileImportsNothingAndListsItsProblemsAGoodOneSaysWhatItCreated(FxRobot robot) throws Exception {
    signedIn();
    String region = console().server().dispatcherRegion();
    String account = "IMP-" + UUID.randomUUID().toString().substring(0, 6);
    Path bad = dir().resolve(prefix() + "-bad.csv");
    Files.writeString(bad, String.join("\r\n", HEADER,
        account + ",Bolt GmbH,,de,Werk 1,Hauptstr. 1,10115,Berlin,DE,Europe/Berlin," + region
            + ",,,SN-" + account + ",Viessmann,V200,31/03/2024,",
        account + ",Bolt GmbH,,de,Werk 2,Hauptstr. 2,10115,Berlin,DE,Mars/Olympus," + region + ",,,,,,,") + "\r\n",
        StandardCharsets.UTF_8);
    Path good = dir().resolve(prefix() + "-good.csv");
    Files.writeString(good, "\uFEFF" + String.join("\r\n", HEADER,
        account + ",上海冷链有限公司,ops@coldchain.cn,zh-CN,浦东仓库,\"浦东新区张江路 88 号, 2 号楼\",201203,上海,CN,"
            + "Asia/Shanghai," + region + ",31.2304,121.4737,CH-" + account + ",开利,30XA,2021-05-01,2026-04-30",
        account + ",上海冷链有限公司,ops@coldchain.cn,zh-CN,闵行门店,莘庄镇 1 号,201100,上海,CN,Asia/Shanghai," + region
            + ",,,,,,,") + "\r\n", StandardCharsets.UTF_8);
    show(Screen.DATA_EXCHANGE);
    data().setFilePicker(new FakePicker(bad, null));

    robot.clickOn("#importChoose");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !data().problems().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(data().problems()).extracting(p -> p.row() + "/" + p.column())
        .containsExactlyInAnyOrder("2/equipment_install_date", "3/site_time_zone");
    assertThat(data().importFailedProperty().get()).isTrue();
    assertThat(message(robot, "importResult")).isNotBlank();
    TableView<?> problems = robot.lookup("#importProblems").queryAs(TableView.class);
    assertThat(problems.isVisible()).isTrue();
    assertThat(problems.getItems()).hasSize(2);
    console().screenshot(prefix() + "-import-problems");
    console().window().replica().syncNow();
    Thread.sleep(1000);
    assertThat(console().window().replica().customers().customers(account)).as("nothing imported").isEmpty();

    data().setFilePicker(new FakePicker(good, null));
    robot.clickOn("#importChoose");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !data().importFailedProperty().get()
        && !data().importingProperty().get() && data().problems().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message(robot, "importResult")).contains("2").contains("1");
    assertThat(problems.isVisible()).as("no problems left on screen").isFalse();
    console().screenshot(prefix() + "-import-done");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
      console().window().replica().syncNow();
      return !console().window().replica().customers().customers(account).isEmpty();
    });
    assertThat(console().window().replica().customers().customers(account).get(0).name()).isEqualTo("上海冷链有限公司");
  }

  @Test
  void completedJobsAreExportedToTheChosenFileWithTheBomAndChineseTextIntact(FxRobot robot) throws Exception {
    signedIn();
    String region = console().server().dispatcherRegion();
    Instant done = Instant.now().minus(2, ChronoUnit.DAYS);
    UUID customer = Ids.newId();
    UUID site = Ids.newId();
    UUID job = Ids.newId();
    String customerName = "上海制冷设备有限公司 " + prefix();
    Address shanghai = new Address("浦东新区张江路 88 号", "201203", "上海", null, "CN");
    UUID actor = console().server().dispatcherUser().id();
    console().server().importRecords(List.of(
        new Customer(customer, customerName, "C-CN-" + prefix(), null, null, shanghai, "zh-CN"),
        new Site(site, customer, "浦东仓库 \"2号门\"", shanghai, ZoneId.of("Asia/Shanghai"), null, region, null),
        new WorkOrder(job, null, customer, site, null, null, WorkOrderType.REPAIR, Priority.P2, WorkOrderStatus.COMPLETED,
            null, null, null, region, null, null, "压缩机过热", "更换过滤器", done.minusSeconds(4 * 3600), actor),
        new WorkOrderEvent.StatusChanged(Ids.newId(), job, actor, "device-test", done, done, WorkOrderStatus.ON_SITE,
            WorkOrderStatus.COMPLETED, null, null)));
    LocalDate day = done.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
    Path file = dir().resolve(prefix() + "-completed-jobs.csv");
    show(Screen.DATA_EXCHANGE);
    data().setFilePicker(new FakePicker(null, file));

    // the last day before the first: said next to it, nothing saved
    fill(robot, "exportFrom", day.toString());
    fill(robot, "exportTo", day.minusDays(3).toString());
    robot.clickOn("#exportCompletedJobs");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message(robot, "exportTo-error")).isNotBlank();
    assertThat(file).doesNotExist();

    fill(robot, "exportFrom", day.minusDays(1).toString());
    fill(robot, "exportTo", day.plusDays(1).toString());
    robot.clickOn("#exportCompletedJobs");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !data().exportingProperty().get() && Files.exists(file));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message(robot, "exportTo-error")).isEmpty();
    assertThat(message(robot, "exportResult")).contains(file.getFileName().toString());
    console().screenshot(prefix() + "-export-saved");
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes).as("UTF-8 byte-order mark first, so Excel reads the Chinese text")
        .startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains(customerName).contains("浦东仓库 \"\"2号门\"\"");
  }
}
