package com.fieldops.desktop.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.task.TaskRunner;
import com.fieldops.demo.DemoUsers;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.settings.ConsoleSettings;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.replica.Replica;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.WorkOrderType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which regions the templates form offers, as the shared rule allows them: a dispatcher only their
 * own; an administrator every region or one. The replica's own refusal (a region the dispatcher does
 * not look after) goes next to Region and records nothing. View models on real replicas against the
 * real server (demo data), without a robot.
 */
class ChecklistTemplateRegionsTest {
  @TempDir
  static Path dir;

  static ConsoleServer server;
  static Replica admin;
  static Replica dispatcher;

  @BeforeAll
  static void startServer() throws Exception {
    server = ConsoleServer.withDemoData(dir.resolve("server"));
    admin = server.device(DemoUsers.ADMIN, "admin");
    dispatcher = server.dispatcherDevice("office");
  }

  @AfterAll
  static void stopServer() {
    for (AutoCloseable c : new AutoCloseable[] {admin, dispatcher, server}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static ChecklistTemplatesViewModel screen(Replica replica, Locale locale) {
    ConsoleContext ctx = new ConsoleContext(new Messages(locale), TaskRunner.direct(),
        ConsoleSettings.load(dir.resolve("console-" + UUID.randomUUID() + ".properties")),
        Clock.systemUTC(), dir, null);
    ChecklistTemplatesViewModel vm = new ChecklistTemplatesViewModel(ctx, replica);
    vm.close(); // no live reloads from the replica's thread: the test reads when it wants
    vm.load();
    return vm;
  }

  private static void fill(ChecklistTemplateForm f, String title) {
    f.titleProperty().set(title);
    f.workOrderTypeProperty().set(WorkOrderType.REPAIR);
    ChecklistTemplateForm.ItemRow item = f.items().get(0);
    item.textProperty().set("Leak test after the repair");
    item.requiredProperty().set(true);
    item.answerKindProperty().set(ChecklistAnswerKind.VALUE);
    item.unitProperty().set("mbar");
  }

  @Test
  void anAdministratorMakesATemplateForEveryRegion() throws Exception {
    ChecklistTemplatesViewModel vm = screen(admin, Locale.ENGLISH);
    ChecklistTemplateForm f = vm.newTemplate();
    assertThat(f.regions()).first().isEqualTo(ChecklistTemplateForm.ALL_REGIONS);
    assertThat(f.regions()).contains(server.dispatcherRegion());
    assertThat(vm.regionText(ChecklistTemplateForm.ALL_REGIONS)).isEqualTo("All regions");
    fill(f, "Repair leak test, all regions");
    f.regionProperty().set(ChecklistTemplateForm.ALL_REGIONS);
    vm.save();
    assertThat(vm.formProperty().get()).as("the form closes once saved").isNull();
    ConsoleServer.pushed(admin);
    ChecklistTemplate kept = server.find(ChecklistTemplate.class, f.id()).orElseThrow();
    assertThat(kept.region()).as("for every region").isNull();
    assertThat(kept.items().get(0).unit()).isEqualTo("mbar");
  }

  @Test
  void aDispatcherGivesOnlyTheirRegionAndAnotherIsRefusedNextToRegion() throws Exception {
    ChecklistTemplatesViewModel vm = screen(dispatcher, Locale.SIMPLIFIED_CHINESE);
    ChecklistTemplateForm f = vm.newTemplate();
    assertThat(f.regions()).containsExactly(server.dispatcherRegion());
    assertThat(f.regionProperty().get()).isEqualTo(server.dispatcherRegion());
    fill(f, "Repair leak test, another region");
    f.regionProperty().set("SOMEWHERE-ELSE");
    long pending = dispatcher.syncStatus().pendingCount();
    vm.save();
    assertThat(f.error("region").get()).as("the replica's refusal, next to Region").isNotBlank();
    assertThat(vm.formProperty().get()).as("the form stays open").isSameAs(f);
    assertThat(dispatcher.equipment().checklistTemplate(f.id())).isEmpty();
    assertThat(dispatcher.syncStatus().pendingCount()).isEqualTo(pending);

    // a unit on an item that asks for no value is dropped, not refused; the order set is kept
    f.regionProperty().set(server.dispatcherRegion());
    ChecklistTemplateForm.ItemRow second = f.addItem();
    second.textProperty().set("Customer shown the repair");
    second.unitProperty().set("bar");
    assertThat(f.moveItem(1, -1)).isZero();
    assertThat(f.moveItem(0, -1)).as("the first stays first").isZero();
    vm.save();
    assertThat(f.error("region").get()).isEmpty();
    ConsoleServer.pushed(dispatcher);
    ChecklistTemplate kept = server.find(ChecklistTemplate.class, f.id()).orElseThrow();
    assertThat(kept.region()).isEqualTo(server.dispatcherRegion());
    assertThat(kept.items()).extracting(ChecklistTemplate.Item::text)
        .containsExactly("Customer shown the repair", "Leak test after the repair");
    assertThat(kept.items().get(0).unit()).isNull();
    assertThat(List.of(ChecklistAnswerKind.values())).allSatisfy(k -> {
      assertThat(new Messages(Locale.ENGLISH).has("templates.answer." + k.name())).isTrue();
      assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).has("templates.answer." + k.name())).isTrue();
    });
  }
}
