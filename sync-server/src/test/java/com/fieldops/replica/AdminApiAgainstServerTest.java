package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldops.customer.imports.ImportResult;
import com.fieldops.identity.admin.NewUser;
import com.fieldops.identity.admin.UserAccount;
import com.fieldops.identity.model.Role;
import com.fieldops.replica.sync.AdminApi;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The console's client-core calls for user administration and the CSV import, made with a signed-in
 * replica's session against the real server: answers arrive on the HTTP client's threads, refusals
 * carry the server's code, field and (for an import) every problem by row and column.
 */
class AdminApiAgainstServerTest extends OnRealServer {
  @Test
  void anAdminsConsoleCreatesAndDisablesAUserAndLearnsWhyABadOneIsRefused() throws Exception {
    server.signedInUserAdd("admin", Role.ADMIN, null, null);
    AdminApi api = signedIn("admin").admin();
    String caller = Thread.currentThread().getName();
    List<String> answeredOn = new ArrayList<>();

    UserAccount created = api.createUser(new NewUser("carla.console", "Carla", Role.SUPERVISOR, "north", null, "en",
        "console-pass-1")).whenComplete((u, e) -> answeredOn.add(Thread.currentThread().getName()))
        .get(10, TimeUnit.SECONDS);
    UserAccount disabled = api.disable(created.id()).get(10, TimeUnit.SECONDS);

    assertThat(created.role()).isEqualTo(Role.SUPERVISOR);
    assertThat(disabled.disabled()).isTrue();
    assertThat(api.users().get(10, TimeUnit.SECONDS)).extracting(UserAccount::username).contains("carla.console");
    assertThat(answeredOn).doesNotContain(caller);
    assertThatThrownBy(() -> api.createUser(new NewUser("carla.console", "Again", Role.SUPERVISOR, "north", null,
        null, "console-pass-1")).get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .cause().isInstanceOfSatisfying(AdminApi.AdminApiException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.field()).isEqualTo("username");
          assertThat(e.getMessage()).contains("carla.console");
        });
  }

  @Test
  void aDispatchersConsoleImportsAFileAndGetsEveryProblemOfABadOneByRowAndColumn() throws Exception {
    Replica nora = signedIn("disp-north");
    String header = "customer_account,customer_name,site_name,site_street,site_city,site_country,site_time_zone,"
        + "site_region,equipment_serial,equipment_manufacturer,equipment_model,equipment_install_date";

    ImportResult ok = nora.admin().importMasterData((header + "\nK-1,Kiosk Ltd,Front,1 High St,Leeds,GB,"
        + "Europe/London,north,K-SN-1,Daikin,FTX,2023-02-01\n").getBytes(StandardCharsets.UTF_8))
        .get(10, TimeUnit.SECONDS);
    assertThat(ok.customers()).isEqualTo(1);
    assertThat(ok.equipment()).isEqualTo(1);
    nora.syncNow();
    Await.until("the imported customer reached the console", WAIT,
        () -> nora.customers().customers("Kiosk").stream().anyMatch(c -> c.name().equals("Kiosk Ltd")));

    assertThatThrownBy(() -> nora.admin().importMasterData((header + "\nK-2,Bad Dates,Front,1 High St,Leeds,GB,"
        + "Europe/London,north,K-SN-2,Daikin,FTX,01.02.2023\nK-3,,Back,2 High St,Leeds,GB,Europe/London,north,,,,\n")
        .getBytes(StandardCharsets.UTF_8)).get(10, TimeUnit.SECONDS)).cause()
        .isInstanceOfSatisfying(AdminApi.AdminApiException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.code()).isEqualTo("IMPORT_INVALID");
          assertThat(e.problems()).extracting(p -> p.row() + "/" + p.column())
              .containsExactlyInAnyOrder("2/equipment_install_date", "3/customer_name");
        });
  }
}
