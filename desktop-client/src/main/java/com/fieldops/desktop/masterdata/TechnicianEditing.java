package com.fieldops.desktop.masterdata;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.identity.model.Role;
import com.fieldops.identity.model.Technician;
import com.fieldops.replica.Replica;
import com.fieldops.replica.view.TechnicianRow;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Opening a technician for editing: only an administrator edits technicians (the server refuses
 * anyone else); the technician and the vans to choose from are read off the UI thread.
 */
public final class TechnicianEditing {
  private final ConsoleContext ctx;
  private final Replica replica;

  public TechnicianEditing(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.replica = replica;
  }

  /** {@code ready} gets the form; {@code refused} a sentence saying why there is none. */
  public void open(UUID technicianId, Consumer<TechnicianForm> ready, Consumer<String> refused) {
    ctx.tasks().run("open technician", () -> {
      boolean admin = replica.identity().user().map(u -> u.role() == Role.ADMIN).orElse(false);
      if (!admin) {
        return null;
      }
      Technician t = replica.identity().technicians().stream().map(TechnicianRow::technician)
          .filter(x -> x.id().equals(technicianId)).findFirst().orElse(null);
      return t == null ? null : new TechnicianForm(ctx, replica, t, replica.stock().locations());
    }, form -> {
      if (form == null) {
        refused.accept(ctx.messages().text("masterdata.technician.adminOnly"));
      } else {
        ready.accept(form);
      }
    }, e -> refused.accept(ctx.messages().text("common.error.unexpected", e.getClass().getSimpleName())));
  }
}
