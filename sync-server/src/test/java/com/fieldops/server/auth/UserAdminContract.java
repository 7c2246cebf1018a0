package com.fieldops.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.identity.admin.NewUser;
import com.fieldops.identity.admin.PasswordReset;
import com.fieldops.identity.admin.UserRoleChange;
import com.fieldops.identity.model.Role;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Users administered from the console through the admin API, on each database: what an admin does
 * takes effect at sign-in and on open sessions, is audited with the admin's id, and anything wrong
 * or by anyone else is refused and changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UserAdminContract {
  static final String INITIAL = "first-pass-123";
  TestServer server;
  ApiClient admin;

  abstract Dialect dialect();

  @BeforeAll
  void start() {
    server = TestServer.start(dialect());
    admin = server.as("admin");
  }

  @AfterAll
  void stop() {
    server.close();
  }

  ApiClient.Reply create(ApiClient as, NewUser u) {
    return as.post("/api/v1/admin/users", Json.write(u));
  }

  ApiClient.Reply signIn(String username, String password) {
    return server.anonymous().post("/api/v1/auth/sign-in",
        Json.write(new SignInRequest(username, password, "device-" + username)));
  }

  ApiClient session(String username, String password) {
    ApiClient.Reply r = signIn(username, password);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return new ApiClient(server.base, r.json().get("token").asText(), "device-" + username);
  }

  UUID newUser(String username, Role role, String region, UUID technician) {
    ApiClient.Reply r = create(admin, new NewUser(username, "Name of " + username, role, region, technician, "en",
        INITIAL));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return UUID.fromString(r.json().get("id").asText());
  }

  int userCount() {
    return admin.get("/api/v1/admin/users").json().get("users").size();
  }

  List<String> securityEvents(UUID userId) {
    return server.db.read(c -> Jdbc.query(c, "SELECT kind, actor_id FROM security_event WHERE user_id = ?"
        + " ORDER BY at", rs -> rs.getString(1) + " by " + rs.getString(2), userId));
  }

  @Test
  void anAdminCreatesADispatcherWhoSignsInWithTheInitialPasswordAndTheChangeIsAudited() {
    ApiClient.Reply r = create(admin, new NewUser("dana.disp", "Dana 调度", Role.DISPATCHER, "north", null, "zh-CN",
        INITIAL));

    assertThat(r.status()).as(r.body()).isEqualTo(201);
    UUID id = UUID.fromString(r.json().get("id").asText());
    JsonNode me = session("dana.disp", INITIAL).get("/api/v1/auth/me").json();
    assertThat(me.toString()).contains("DISPATCHER").contains("north");
    JsonNode listed = admin.get("/api/v1/admin/users").json().get("users");
    assertThat(listed.findValuesAsText("username")).contains("dana.disp");
    assertThat(listed.toString()).contains("\"language\":\"zh-CN\"").doesNotContain(INITIAL)
        .doesNotContain("passwordHash");
    assertThat(securityEvents(id)).contains("USER_ADDED by " + server.adminId);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndCreatesNobody() {
    int before = userCount();
    assertField(create(admin, new NewUser("A b!", "X", Role.ADMIN, null, null, null, INITIAL)), 400, "username");
    assertField(create(admin, new NewUser("no.region", "X", Role.DISPATCHER, null, null, null, INITIAL)), 400,
        "region");
    assertField(create(admin, new NewUser("ghost.tech", "X", Role.TECHNICIAN, null, Ids.newId(), null, INITIAL)),
        400, "technicianId");
    assertField(create(admin, new NewUser("short.pw", "X", Role.ADMIN, null, null, null, "short")), 400,
        "password");
    assertField(create(admin, new NewUser("bad.lang", "X", Role.ADMIN, null, null, "chinese", INITIAL)), 400,
        "language");
    assertField(create(admin, new NewUser("tech1", "X", Role.ADMIN, null, null, null, INITIAL)), 409, "username");
    assertField(admin.post("/api/v1/admin/users", "{\"username\": 5"), 400, null);

    assertThat(userCount()).isEqualTo(before);
    assertThat(signIn("short.pw", "short").status()).isEqualTo(401);
  }

  @Test
  void nobodyButAnAdminMayAdministerUsersAndTheirAttemptsChangeNothing() {
    UUID victim = newUser("victim.one", Role.SUPERVISOR, "north", null);
    int before = userCount();
    for (String who : List.of("disp-north", "tech1")) {
      ApiClient other = server.as(who);
      assertThat(other.get("/api/v1/admin/users").status()).isEqualTo(403);
      assertThat(create(other, new NewUser("sneaky." + who, "X", Role.ADMIN, null, null, null, INITIAL)).status())
          .isEqualTo(403);
      assertThat(other.post("/api/v1/admin/users/" + victim + "/disable", "").status()).isEqualTo(403);
      assertThat(other.post("/api/v1/admin/users/" + victim + "/password",
          Json.write(new PasswordReset("taken-over-123"))).status()).isEqualTo(403);
      assertThat(other.post("/api/v1/admin/users/" + victim + "/role",
          Json.write(new UserRoleChange(Role.ADMIN, null, null, null))).status()).isEqualTo(403);
    }
    assertThat(userCount()).isEqualTo(before);
    assertThat(signIn("victim.one", INITIAL).status()).isEqualTo(200);
    assertThat(signIn("victim.one", "taken-over-123").status()).isEqualTo(401);
    assertThat(session("victim.one", INITIAL).get("/api/v1/auth/me").json().toString()).contains("SUPERVISOR");
  }

  @Test
  void aDisabledUserLosesTheirOpenSessionAndCannotSignInUntilEnabledAgain() {
    UUID id = newUser("tina.tech", Role.TECHNICIAN, null, server.world.tech2);
    ApiClient open = session("tina.tech", INITIAL);
    assertThat(open.get("/api/v1/sync/pull?after=0").status()).isEqualTo(200);

    ApiClient.Reply disabled = admin.post("/api/v1/admin/users/" + id + "/disable", "");

    assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
    assertThat(disabled.json().get("disabled").asBoolean()).isTrue();
    assertThat(open.get("/api/v1/sync/pull?after=0").status()).isEqualTo(401);
    assertThat(signIn("tina.tech", INITIAL).status()).isEqualTo(401);

    assertThat(admin.post("/api/v1/admin/users/" + id + "/enable", "").status()).isEqualTo(200);
    assertThat(signIn("tina.tech", INITIAL).status()).isEqualTo(200);
    assertThat(securityEvents(id)).contains("USER_DISABLED by " + server.adminId, "USER_ENABLED by " + server.adminId);
  }

  @Test
  void aResetPasswordEndsTheSessionsAndOnlyTheNewPasswordSignsIn() {
    UUID id = newUser("rita.reset", Role.SUPERVISOR, "south", null);
    ApiClient open = session("rita.reset", INITIAL);

    ApiClient.Reply reset = admin.post("/api/v1/admin/users/" + id + "/password",
        Json.write(new PasswordReset("second-pass-456")));

    assertThat(reset.status()).as(reset.body()).isEqualTo(204);
    assertThat(open.get("/api/v1/auth/me").status()).isEqualTo(401);
    assertThat(signIn("rita.reset", INITIAL).status()).isEqualTo(401);
    assertThat(signIn("rita.reset", "second-pass-456").status()).isEqualTo(200);
    assertField(admin.post("/api/v1/admin/users/" + id + "/password", Json.write(new PasswordReset("x"))), 400,
        "password");
    assertThat(admin.post("/api/v1/admin/users/" + Ids.newId() + "/password",
        Json.write(new PasswordReset("second-pass-456"))).status()).isEqualTo(404);
  }

  @Test
  void aNewRoleOrRegionTakesEffectAtTheNextSignInAndAnAdminCannotDemoteThemself() {
    UUID id = newUser("reg.mover", Role.DISPATCHER, "north", null);
    ApiClient open = session("reg.mover", INITIAL);

    ApiClient.Reply moved = admin.post("/api/v1/admin/users/" + id + "/role",
        Json.write(new UserRoleChange(Role.SUPERVISOR, "south", null, "zh-CN")));

    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(open.get("/api/v1/auth/me").status()).as("the old rights end with the old session").isEqualTo(401);
    assertThat(session("reg.mover", INITIAL).get("/api/v1/auth/me").json().toString()).contains("SUPERVISOR")
        .contains("south");
    assertField(admin.post("/api/v1/admin/users/" + id + "/role",
        Json.write(new UserRoleChange(Role.SUPERVISOR, null, null, null))), 400, "region");
    assertField(admin.post("/api/v1/admin/users/" + server.adminId + "/role",
        Json.write(new UserRoleChange(Role.DISPATCHER, "north", null, null))), 409, "role");
    assertThat(admin.post("/api/v1/admin/users/" + server.adminId + "/disable", "").status()).isEqualTo(409);
    assertThat(admin.get("/api/v1/auth/me").status()).isEqualTo(200);
  }

  static void assertField(ApiClient.Reply r, int status, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    JsonNode body = r.json();
    assertThat(body.hasNonNull("code")).as(r.body()).isTrue();
    assertThat(body.hasNonNull("message")).as(r.body()).isTrue();
    if (field != null) {
      assertThat(body.path("field").asText()).as(r.body()).isEqualTo(field);
    }
  }
}
