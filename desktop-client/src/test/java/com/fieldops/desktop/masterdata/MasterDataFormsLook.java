package com.fieldops.desktop.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.ConsoleFixture;
import com.fieldops.desktop.testing.Screenshots;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.replica.view.CustomerRow;
import com.fieldops.workorder.model.WorkOrder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Master data as a dispatcher keys it in (real server, demo data): a caller not yet known is
 * created from inside the new work order (customer, site, contact) and the job goes on with them;
 * a machine is added to a customer from the Customers screen and the customer edited. A wrong
 * field gets the domain's message next to it and nothing is recorded. Run in English and Chinese
 * by the subclasses, screenshots named with {@link #prefix()}.
 */
abstract class MasterDataFormsLook {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  abstract ConsoleFixture console();

  abstract String prefix();

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

  /** Types {@code text} into the input as a person would leave it (the form may scroll it out of sight). */
  static void fill(FxRobot robot, String id, String text) throws Exception {
    TextInputControl t = robot.lookup("#" + id).queryAs(TextInputControl.class);
    WaitForAsyncUtils.asyncFx(() -> t.setText(text)).get();
  }

  static String message(FxRobot robot, String errorId) {
    return robot.lookup("#" + errorId).queryAs(Label.class).getText();
  }

  private int pending() {
    return console().window().replica().syncStatus().pendingCount();
  }

  @Test
  void aCallerNotYetKnownIsCreatedInsideTheNewWorkOrderAndTheJobGoesOnWithThem(FxRobot robot) throws Exception {
    signedIn();
    WaitForAsyncUtils.asyncFx(() -> console().window().newWorkOrder()).get();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#nwoNewCaller").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#nwoNewCaller");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#newCallerForm").tryQuery().isPresent());

    // nothing typed yet: the domain's messages next to the customer's and the site's fields, nothing recorded
    robot.clickOn("#newCallerForm-save");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message(robot, "customer-name-error")).isNotBlank();
    assertThat(message(robot, "site-name-error")).isNotBlank();
    assertThat(message(robot, "site-address-city-error")).isNotBlank();
    assertThat(robot.lookup("#contact-phone-error").queryAs(Label.class).isVisible()).as("a blank contact is left out")
        .isFalse();
    Screenshots.save(robot.lookup("#newCallerForm").query().getScene(), prefix() + "-new-caller-messages");
    assertThat(pending()).as("nothing recorded").isZero();

    String name = "Harbour Cold Storage " + UUID.randomUUID().toString().substring(0, 6);
    fill(robot, "customer-name", name);
    fill(robot, "customer-phone", "+86 21 5555 0188");
    fill(robot, "customer-billingAddress-street", "88 Yangshupu Road");
    fill(robot, "customer-billingAddress-city", "Shanghai");
    fill(robot, "customer-billingAddress-countryCode", "cn");
    fill(robot, "site-name", "Cold store 2");
    fill(robot, "site-address-street", "12 Jungong Road");
    fill(robot, "site-address-city", "Shanghai");
    fill(robot, "site-address-countryCode", "CN");
    fill(robot, "contact-name", "Li Wei");
    fill(robot, "contact-phone", "not a phone");
    robot.clickOn("#newCallerForm-save");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message(robot, "contact-phone-error")).as("a contact with a wrong phone").isNotBlank();
    assertThat(message(robot, "customer-name-error")).isEmpty();
    assertThat(pending()).as("still nothing recorded").isZero();
    fill(robot, "contact-phone", "+86 138 0013 8000");
    Screenshots.save(robot.lookup("#newCallerForm").query().getScene(), prefix() + "-new-caller-filled");
    robot.clickOn("#newCallerForm-save");

    // back in the new work order with the caller's customer and site chosen
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newCallerForm").tryQuery().isEmpty());
    ComboBox<?> customer = robot.lookup("#nwoCustomer").queryAs(ComboBox.class);
    ComboBox<?> site = robot.lookup("#nwoSite").queryAs(ComboBox.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> customer.getValue() != null && site.getValue() != null);
    UUID customerId = ((CustomerRow) customer.getValue()).id();
    assertThat(((CustomerRow) customer.getValue()).name()).isEqualTo(name);
    UUID siteId = ((Site) site.getValue()).id();
    assertThat(((Site) site.getValue()).timeZone()).as("the site's zone: the console's to begin with").isEqualTo(ZONE);
    robot.clickOn("#nwoProblem").write("Cold store at -5 C instead of -20 C");
    Screenshots.save(robot.lookup("#newWorkOrderDialog").query().getScene(), prefix() + "-new-caller-job");
    robot.clickOn("#nwoCreate");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newWorkOrderDialog").tryQuery().isEmpty());

    // the server has the customer, the site, the contact and the job at that site
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> console().server().find(Site.class, siteId).isPresent());
    Customer stored = console().server().find(Customer.class, customerId).orElseThrow();
    assertThat(stored.billingAddress().countryCode()).isEqualTo("CN");
    assertThat(console().server().find(Site.class, siteId).orElseThrow().region())
        .isEqualTo(console().server().dispatcherRegion());
    // the new job opens in the work order screen
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> console().window().workOrder().detailProperty().get() != null);
    UUID jobId = console().window().workOrder().detailProperty().get().id();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> console().server().find(WorkOrder.class, jobId).isPresent());
    assertThat(console().server().find(WorkOrder.class, jobId).orElseThrow().siteId()).isEqualTo(siteId);
    assertThat(console().window().replica().customers().customer(customerId).orElseThrow().contacts())
        .extracting(Contact::name).containsExactly("Li Wei");
  }

  @Test
  void aMachineIsAddedToACustomerAndTheCustomerEditedFromTheCustomersScreen(FxRobot robot) throws Exception {
    signedIn();
    Site site = console().server().siteWithoutContract();
    Customer customer = console().server().data.customers().stream().filter(c -> c.id().equals(site.customerId()))
        .findFirst().orElseThrow();
    WaitForAsyncUtils.asyncFx(() -> console().window().shell().screenProperty().set(Screen.CUSTOMERS)).get();
    WaitForAsyncUtils.asyncFx(() -> console().window().customers().open(customer.id())).get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#equipmentAdd").tryQuery()
        .map(Node::isVisible).orElse(false));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#equipmentAdd");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#equipmentForm").tryQuery().isPresent());

    fill(robot, "equipment-manufacturer", "Carrier");
    fill(robot, "equipment-model", "30XA-252");
    fill(robot, "equipment-installDate", "14.03.2026");
    fill(robot, "equipment-warrantyEnd", "2025-01-01");
    robot.clickOn("#equipmentForm-save");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message(robot, "equipment-serialNumber-error")).as("serial required").isNotBlank();
    assertThat(message(robot, "equipment-installDate-error")).as("not a date").isNotBlank();
    Screenshots.save(robot.lookup("#equipmentForm").query().getScene(), prefix() + "-machine-messages");
    assertThat(pending()).as("nothing recorded").isZero();

    // the domain's cross-field rule: the warranty cannot end before the machine was installed
    fill(robot, "equipment-installDate", "2026-03-14");
    robot.clickOn("#equipmentForm-save");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message(robot, "equipment-warrantyEnd-error")).isNotBlank();
    assertThat(pending()).isZero();

    String serial = "SN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    fill(robot, "equipment-serialNumber", serial);
    fill(robot, "equipment-warrantyEnd", "2028-03-13");
    robot.clickOn("#equipmentForm-save");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#equipmentForm").tryQuery().isEmpty());
    ListView<?> machines = robot.lookup("#customerEquipment").queryAs(ListView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> machines.getItems().stream().anyMatch(i -> i.toString().contains(serial)));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> console().window().replica().syncStatus().pendingCount() == 0);
    UUID machineId = console().window().replica().customers().customer(customer.id()).orElseThrow().equipment().stream()
        .filter(e -> e.equipment().serialNumber().equals(serial)).findFirst().orElseThrow().id();
    Equipment stored = console().server().find(Equipment.class, machineId).orElseThrow();
    assertThat(stored.warrantyEnd()).isEqualTo(LocalDate.of(2028, 3, 13));
    assertThat(stored.siteId()).as("the customer's site chosen for it").isNotNull();

    // edit the customer: a wrong e-mail is refused next to the field; a right one reaches the server
    robot.clickOn("#customerEdit");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#customerForm").tryQuery().isPresent());
    assertThat(robot.lookup("#customer-name").queryAs(TextInputControl.class).getText()).isEqualTo(customer.name());
    fill(robot, "customer-email", "service@@example");
    robot.clickOn("#customerForm-save");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(message(robot, "customer-email-error")).isNotBlank();
    Screenshots.save(robot.lookup("#customerForm").query().getScene(), prefix() + "-customer-edit-messages");
    assertThat(pending()).isZero();
    fill(robot, "customer-email", "service@harbour.example");
    robot.clickOn("#customerForm-save");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> console().server().find(Customer.class, customer.id())
        .map(c -> "service@harbour.example".equals(c.email())).orElse(false));
    console().screenshot(prefix() + "-customers-after-edit");
  }
}
