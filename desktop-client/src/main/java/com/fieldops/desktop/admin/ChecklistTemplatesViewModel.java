package com.fieldops.desktop.admin;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.identity.model.Role;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.ReplicaUser;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.WorkOrderType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checklist templates of the office's region and the all-region ones (all of them for an
 * administrator): title, what they apply to, how many items, active or not; and the form that
 * creates or edits one. Read from the replica off the UI thread (the newest read wins); a template
 * saved here or arriving by sync shows at once.
 */
public final class ChecklistTemplatesViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(ChecklistTemplatesViewModel.class);

  /** One template as the list shows it. */
  public record TemplateLine(ChecklistTemplate template, String title, String appliesTo, String region, int items,
      String active) {}

  private record Loaded(List<ChecklistTemplate> templates, Optional<ReplicaUser> user, Set<String> regions) {}

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final ObservableList<TemplateLine> templates = FXCollections.observableArrayList();
  private final ObjectProperty<ChecklistTemplateForm> form = new SimpleObjectProperty<>();
  private final StringProperty message = new SimpleStringProperty("");
  private final LiveRefresh live;
  private volatile List<String> regionChoices = List.of();
  private long generation;

  public ChecklistTemplatesViewModel(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    this.live = new LiveRefresh(replica, ctx.tasks(),
        Set.of(com.fieldops.protocol.registry.EntityNames.of(ChecklistTemplate.class)), this::load);
  }

  public void close() {
    live.close();
  }

  /** Reads the templates (and who is signed in, for the regions they may give one) off the UI thread. */
  public void load() {
    long gen = ++generation;
    ctx.tasks().run("checklist templates", () -> {
      TreeSet<String> regions = new TreeSet<>();
      replica.identity().technicians().stream().map(t -> t.technician().region())
          .filter(r -> r != null && !r.isBlank()).forEach(regions::add);
      List<ChecklistTemplate> all = replica.equipment().checklistTemplates();
      all.stream().map(ChecklistTemplate::region).filter(r -> r != null && !r.isBlank()).forEach(regions::add);
      return new Loaded(all, replica.identity().user(), regions);
    }, loaded -> {
      if (gen != generation) {
        return;
      }
      show(loaded);
    }, e -> {
      if (gen == generation) {
        message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName()));
      }
    });
  }

  private void show(Loaded loaded) {
    List<String> choices = new ArrayList<>();
    boolean admin = loaded.user().map(u -> u.role() == Role.ADMIN).orElse(false);
    if (admin) {
      // an administrator's template may be for every region (the shared rule lets only them)
      choices.add(ChecklistTemplateForm.ALL_REGIONS);
      choices.addAll(loaded.regions());
    } else {
      loaded.user().map(ReplicaUser::region).filter(r -> r != null && !r.isBlank()).ifPresent(choices::add);
    }
    regionChoices = List.copyOf(choices);
    List<TemplateLine> lines = new ArrayList<>();
    for (ChecklistTemplate t : loaded.templates()) {
      lines.add(new TemplateLine(t, t.title(), appliesTo(t), regionText(t.region()), t.items().size(),
          msg.text(t.active() ? "templates.active.yes" : "templates.active.no")));
    }
    templates.setAll(lines);
    LOG.debug("event=checklisttemplates.loaded count={} regions={}", lines.size(), choices.size());
  }

  String appliesTo(ChecklistTemplate t) {
    if (t.workOrderType() != null) {
      return msg.text("templates.appliesTo.type", typeText(t.workOrderType()));
    }
    return msg.text("templates.appliesTo.model", t.equipmentModel() == null ? "" : t.equipmentModel());
  }

  public String typeText(WorkOrderType type) {
    return type == null ? "" : msg.text("type." + type.name());
  }

  public String regionText(String region) {
    return region == null || region.isBlank() ? msg.text("templates.region.all") : region;
  }

  /** Opens the form for a new template. */
  public ChecklistTemplateForm newTemplate() {
    ChecklistTemplateForm f = new ChecklistTemplateForm(ctx, replica, null, regionChoices);
    form.set(f);
    return f;
  }

  /** Opens the form for {@code t}. */
  public ChecklistTemplateForm edit(ChecklistTemplate t) {
    ChecklistTemplateForm f = new ChecklistTemplateForm(ctx, replica, t, regionChoices);
    form.set(f);
    return f;
  }

  /** Saves the open form; once recorded the form closes and the list is read again. */
  public void save() {
    ChecklistTemplateForm f = form.get();
    if (f == null) {
      return;
    }
    f.save(id -> {
      if (form.get() == f) {
        form.set(null);
      }
      message.set(msg.text("templates.saved", f.titleProperty().get()));
      load();
    });
  }

  public void cancel() {
    form.set(null);
  }

  public Optional<TemplateLine> line(UUID id) {
    return templates.stream().filter(l -> l.template().id().equals(id)).findFirst();
  }

  public ObservableList<TemplateLine> templates() {
    return templates;
  }

  public ObjectProperty<ChecklistTemplateForm> formProperty() {
    return form;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public Messages messages() {
    return msg;
  }
}
