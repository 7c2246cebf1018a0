package com.fieldops.replica.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.json.Json;
import com.fieldops.customer.imports.ImportProblem;
import com.fieldops.customer.imports.ImportResult;
import com.fieldops.identity.admin.NewUser;
import com.fieldops.identity.admin.PasswordReset;
import com.fieldops.identity.admin.UserAccount;
import com.fieldops.identity.admin.UserRoleChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * The console's calls that are not synced records: user administration (admins), the
 * master-data CSV import and the customer's report link (office staff), over the session's HTTP client with its token and
 * language. Every call runs on OkHttp's threads and completes its future there: a screen calls it
 * from the UI thread and hops back to show the answer. A refusal completes exceptionally with an
 * {@link AdminApiException} carrying the server's {@code code}, message (in the user's language),
 * field and, for an import, every problem by row and column.
 */
public final class AdminApi {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final MediaType CSV = MediaType.get("text/csv; charset=utf-8");

  private final SyncHttp http;

  AdminApi(SyncHttp http) {
    this.http = http;
  }

  /** Every user, by user name. */
  public CompletableFuture<List<UserAccount>> users() {
    return call("GET", "/api/v1/admin/users", null).thenApply(node -> {
      List<UserAccount> out = new ArrayList<>();
      node.get("users").forEach(u -> out.add(read(u, UserAccount.class)));
      return out;
    });
  }

  public CompletableFuture<UserAccount> createUser(NewUser user) {
    return call("POST", "/api/v1/admin/users", json(user)).thenApply(n -> read(n, UserAccount.class));
  }

  public CompletableFuture<UserAccount> changeRole(UUID userId, UserRoleChange change) {
    return call("POST", "/api/v1/admin/users/" + userId + "/role", json(change))
        .thenApply(n -> read(n, UserAccount.class));
  }

  /** Disables the user: their sessions end at once and they cannot sign in. */
  public CompletableFuture<UserAccount> disable(UUID userId) {
    return call("POST", "/api/v1/admin/users/" + userId + "/disable", json(java.util.Map.of()))
        .thenApply(n -> read(n, UserAccount.class));
  }

  public CompletableFuture<UserAccount> enable(UUID userId) {
    return call("POST", "/api/v1/admin/users/" + userId + "/enable", json(java.util.Map.of()))
        .thenApply(n -> read(n, UserAccount.class));
  }

  /** Sets a new password; the user's sessions end. */
  public CompletableFuture<Void> resetPassword(UUID userId, String password) {
    return call("POST", "/api/v1/admin/users/" + userId + "/password", json(new PasswordReset(password)))
        .thenApply(n -> null);
  }

  /** Imports a customers-sites-equipment CSV file: all of it, or nothing and every problem. */
  public CompletableFuture<ImportResult> importMasterData(byte[] csvFile) {
    return call("POST", "/api/v1/import/master-data", RequestBody.create(csvFile, CSV))
        .thenApply(n -> read(n, ImportResult.class));
  }

  /** Withdraws every open customer link of the job's report (its page then answers "withdrawn"); how many. */
  public CompletableFuture<Integer> withdrawCustomerLink(UUID workOrderId) {
    return call("POST", "/api/v1/reports/" + workOrderId + "/customer-link/revoke", json(java.util.Map.of()))
        .thenApply(n -> n.path("revokedLinks").asInt());
  }

  /** E-mails the job's contact the report again with a fresh link; the address it went to. */
  public CompletableFuture<String> sendCustomerLink(UUID workOrderId) {
    return call("POST", "/api/v1/reports/" + workOrderId + "/customer-link", json(java.util.Map.of()))
        .thenApply(n -> n.path("address").asText(""));
  }

  /** The certificate the server seals service reports with (administrators): made by itself, or the company's. */
  public record SealCertificate(String subject, boolean selfSigned, java.time.Instant notAfter, String sha256) {}

  public CompletableFuture<SealCertificate> reportSeal() {
    return call("GET", "/api/v1/admin/report-seal", null).thenApply(n -> new SealCertificate(
        n.path("subject").asText(""), n.path("selfSigned").asBoolean(false),
        n.hasNonNull("notAfter") ? java.time.Instant.parse(n.get("notAfter").asText()) : null,
        n.path("sha256").asText("")));
  }

  private CompletableFuture<JsonNode> call(String method, String path, RequestBody body) {
    return http.send(method, path, body).thenApply(answer -> {
      int status = Integer.parseInt(answer[0]);
      JsonNode node = answer[1].isBlank() ? Json.mapper().nullNode() : parse(answer[1]);
      if (status >= 400) {
        throw AdminApiException.of(status, node);
      }
      return node;
    });
  }

  private static RequestBody json(Object body) {
    return RequestBody.create(Json.write(body), JSON);
  }

  private static JsonNode parse(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable answer", e);
    }
  }

  private static <T> T read(JsonNode node, Class<T> type) {
    try {
      return Json.mapper().treeToValue(node, type);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable answer", e);
    }
  }

  /** The server refused: its code, message (in the user's language), field and import problems. */
  public static final class AdminApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;
    private final transient List<ImportProblem> problems;

    AdminApiException(int status, String code, String message, String field, List<ImportProblem> problems) {
      super(message);
      this.status = status;
      this.code = code;
      this.field = field;
      this.problems = List.copyOf(problems);
    }

    static AdminApiException of(int status, JsonNode error) {
      List<ImportProblem> problems = new ArrayList<>();
      if (error.has("errors")) {
        error.get("errors").forEach(p -> problems.add(read(p, ImportProblem.class)));
      }
      return new AdminApiException(status, text(error, "code"), text(error, "message"), text(error, "field"),
          problems);
    }

    private static String text(JsonNode n, String name) {
      return n.hasNonNull(name) ? n.get(name).asText() : null;
    }

    public int status() {
      return status;
    }

    public String code() {
      return code;
    }

    public String field() {
      return field;
    }

    public List<ImportProblem> problems() {
      return problems;
    }
  }
}
