package com.fieldops.desktop.admin;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.identity.model.Role;
import com.fieldops.replica.Replica;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;

/**
 * The console's administration screens: service contracts, import/export and checklist templates
 * for the office, users
 * for administrators only. Whether an administrator is signed in is read from the replica off the
 * UI thread; until then the users screen stays hidden (and the server refuses anyone else anyway).
 */
public final class AdminScreens implements AutoCloseable {
  private final ContractsViewModel contracts;
  private final DataExchangeViewModel dataExchange;
  private final UsersViewModel users;
  private final ChecklistTemplatesViewModel templates;

  public AdminScreens(ConsoleContext ctx, Replica replica, BooleanProperty admin) {
    this.contracts = new ContractsViewModel(ctx, replica);
    this.dataExchange = new DataExchangeViewModel(ctx, replica);
    this.users = new UsersViewModel(ctx, replica);
    this.templates = new ChecklistTemplatesViewModel(ctx, replica);
    ctx.tasks().run("signed-in role", () -> replica.identity().user().map(u -> u.role() == Role.ADMIN).orElse(false),
        admin::set, e -> { });
  }

  /** The screen's view, built on its first visit. */
  public Node view(Screen s) {
    return switch (s) {
      case CONTRACTS -> new ContractsView(contracts);
      case DATA_EXCHANGE -> new DataExchangeView(dataExchange);
      case CHECKLIST_TEMPLATES -> new ChecklistTemplatesView(templates);
      case USERS -> {
        // the view reads the list as soon as it is shown, and keeps it current while it is
        UsersView v = new UsersView(users);
        users.loadSeal();
        yield v;
      }
      default -> throw new IllegalArgumentException("not an administration screen: " + s);
    };
  }

  public ContractsViewModel contracts() {
    return contracts;
  }

  public DataExchangeViewModel dataExchange() {
    return dataExchange;
  }

  public ChecklistTemplatesViewModel templates() {
    return templates;
  }

  public UsersViewModel users() {
    return users;
  }

  @Override
  public void close() {
    contracts.close();
    users.close();
    templates.close();
  }
}
