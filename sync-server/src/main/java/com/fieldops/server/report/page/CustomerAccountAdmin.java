package com.fieldops.server.report.page;

import com.fieldops.customer.model.Contact;
import com.fieldops.identity.admin.NewCustomerAccount;
import com.fieldops.identity.admin.UserAccount;
import com.fieldops.identity.model.Role;
import com.fieldops.server.auth.Account;
import com.fieldops.server.auth.Accounts;
import com.fieldops.server.auth.AuthService;
import com.fieldops.server.auth.Callers;
import com.fieldops.server.auth.Principal;
import com.fieldops.server.error.DomainException;
import com.fieldops.server.http.Requests;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.EntityStore;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/admin/customer-accounts} {username, contactId, language?, password}: an admin
 * gives a customer contact an account on the customer's pages (a user with role CUSTOMER, named after
 * the contact, linked to the contact and their company). Admins only (403 otherwise); an unknown
 * contact is 400 naming {@code contactId}, a taken user name 409 naming {@code username}; nothing is
 * made then. The rest of the account's life (disable, password reset) is the ordinary user API's.
 */
public final class CustomerAccountAdmin {
  private static final Logger LOG = LoggerFactory.getLogger(CustomerAccountAdmin.class);
  private final Database db;
  private final Clock clock;
  private final AuthService auth;
  private final EntityStore entities;
  private final CustomerAccounts accounts = new CustomerAccounts();

  public CustomerAccountAdmin(Database db, Clock clock, AuthService auth) {
    this.db = db;
    this.clock = clock;
    this.auth = auth;
    this.entities = new EntityStore(db.dialect());
  }

  public void create(Context ctx) {
    Principal admin = Callers.of(ctx);
    if (admin.role() != Role.ADMIN) {
      throw DomainException.forbidden();
    }
    NewCustomerAccount in = Requests.body(ctx, NewCustomerAccount.class);
    Contact contact = db.read(c -> entities.find(c, "Contact", in.contactId(), false))
        .map(e -> VisitRatings.read(e.data(), Contact.class))
        .orElseThrow(() -> DomainException.of(DomainException.Kind.INVALID, "NOT_FOUND", "api.error.contactNotFound",
            "contactId"));
    if (auth.account(in.username()).isPresent()) {
      throw DomainException.of(DomainException.Kind.CONFLICT, "USERNAME_TAKEN", "useradmin.error.usernameTaken",
          "username", in.username());
    }
    Account a = auth.addUser(in.username(), contact.name(), Role.CUSTOMER, null, null, in.password());
    String language = in.language() != null && !in.language().isBlank() ? in.language().strip() : contact.language();
    db.write(c -> {
      accounts.insert(c, a.id(), contact.id(), contact.customerId(), clock.millis());
      new Accounts().setLanguage(c, a.id(), language);
      return null;
    });
    LOG.atInfo().setMessage("customer account created").addKeyValue("event", "customer.account.created")
        .addKeyValue("by", admin.userId()).addKeyValue("user", a.username()).addKeyValue("contact", contact.id())
        .addKeyValue("customer", contact.customerId()).log();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("user", new UserAccount(a.id(), a.username(), a.displayName(), Role.CUSTOMER, null, null, language,
        false));
    out.put("contactId", contact.id());
    out.put("customerId", contact.customerId());
    ctx.status(201).json(out);
  }
}
