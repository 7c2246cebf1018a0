package com.fieldops.mobile.signature;

import com.fieldops.client.task.TaskRunner;
import com.fieldops.client.text.Messages;
import com.fieldops.client.visit.PadPoint;
import com.fieldops.client.visit.PadStroke;
import com.fieldops.client.visit.SignatureCheck;
import com.fieldops.client.history.ChecklistTicks;
import com.fieldops.client.history.EventAuthors;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistItem;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer's sign-off: a summary of the visit to read (work done, parts, time), then the pad.
 * Strokes are kept as vectors; a pad with no strokes, a dot, or no signer's name gets its message
 * next to it and nothing is recorded.
 */
public final class SignatureViewModel {
  private final Replica replica;
  private final TaskRunner tasks;
  private final Messages msg;
  private final Clock clock;
  private final UUID workOrderId;
  private final SignatureRecorder recorder;
  private final double padWidth;
  private final double padHeight;
  private final ObservableList<PadStroke> strokes = FXCollections.observableArrayList();
  private List<PadPoint> current;
  private final StringProperty signerName = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper strokesMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper nameMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper signed = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<WorkOrderDetail> detail = new ReadOnlyObjectWrapper<>();
  private List<Checklist> checklists = List.of();
  private ChecklistTicks ticks;
  private final ReadOnlyObjectWrapper<CapturedSignature> captured = new ReadOnlyObjectWrapper<>();

  public SignatureViewModel(Replica replica, UUID workOrderId, TaskRunner tasks, Messages msg, Clock clock,
      double padWidth, double padHeight) {
    this.replica = replica;
    this.tasks = tasks;
    this.msg = msg;
    this.clock = clock;
    this.workOrderId = workOrderId;
    this.recorder = new SignatureRecorder(replica);
    this.padWidth = padWidth;
    this.padHeight = padHeight;
  }

  public void load() {
    // the checklist first, so the summary drawn on the detail's change already lists it
    tasks.run("load visit summary", () -> {
      WorkOrderDetail d = replica.workOrders().workOrder(workOrderId).orElse(null);
      return new Visit(d, replica.workOrders().checklists(workOrderId), ticks(d));
    }, v -> {
          checklists = List.copyOf(v.checklists());
          ticks = v.ticks();
          detail.set(v.detail());
        }, e -> { });
  }

  private record Visit(WorkOrderDetail detail, List<Checklist> checklists, ChecklistTicks ticks) {}

  /** Who ticked each item and when, in the site's zone: the technicians this phone knows, else "office staff". */
  private ChecklistTicks ticks(WorkOrderDetail d) {
    java.util.Map<UUID, String> technicians = new java.util.HashMap<>();
    replica.identity().technicians().stream().filter(t -> t.technician().userId() != null)
        .forEach(t -> technicians.put(t.technician().userId(), t.name()));
    java.util.Map<UUID, String> others = new java.util.HashMap<>();
    replica.identity().user().filter(u -> u.displayName() != null && !technicians.containsKey(u.userId()))
        .ifPresent(u -> others.put(u.userId(), u.displayName()));
    java.time.ZoneId zone = d == null || d.row().siteZone() == null ? clock.getZone() : d.row().siteZone();
    return new ChecklistTicks(msg, new EventAuthors(msg, technicians, others), zone, clock);
  }


  // ---- the pad ----

  public void penDown(double x, double y) {
    current = new ArrayList<>();
    current.add(new PadPoint(clamp(x, padWidth), clamp(y, padHeight)));
    strokes.add(new PadStroke(current));
  }

  public void penMove(double x, double y) {
    if (current == null) {
      penDown(x, y);
      return;
    }
    current.add(new PadPoint(clamp(x, padWidth), clamp(y, padHeight)));
    strokes.set(strokes.size() - 1, new PadStroke(current));
  }

  public void penUp() {
    current = null;
  }

  public void clear() {
    strokes.clear();
    current = null;
    strokesMessage.set("");
  }

  /** Checks the pad and the name; records the signature when both are fine. */
  public boolean sign() {
    Map<String, String> problems = SignatureCheck.problems(strokes, padWidth, padHeight, signerName.get());
    strokesMessage.set(Optional.ofNullable(problems.get("strokes")).map(msg::text).orElse(""));
    nameMessage.set(Optional.ofNullable(problems.get("signerName")).map(msg::text).orElse(""));
    info.set("");
    if (!problems.isEmpty()) {
      return false;
    }
    CapturedSignature s = new CapturedSignature(List.copyOf(strokes), padWidth, padHeight, signerName.get().strip(),
        clock.instant());
    captured.set(s);
    CommandOutcome outcome = recorder.record(workOrderId, s);
    if (outcome instanceof CommandOutcome.Refused r) {
      info.set(r.message());
      return false;
    }
    signed.set(true);
    info.set(msg.text("signature.done", s.signerName()) + " " + msg.text("signature.waitingForServer"));
    return true;
  }

  // ---- the summary ----

  public String workDone(WorkOrderDetail d) {
    StringBuilder b = new StringBuilder();
    if (d.workOrder().resolution() != null) {
      b.append(d.workOrder().resolution());
    }
    for (Note n : d.notes()) {
      if (n.visibleToCustomer()) {
        b.append(b.isEmpty() ? "" : "\n").append(n.text());
      }
    }
    return b.isEmpty() ? msg.text("signature.none") : b.toString();
  }

  public List<String> parts(WorkOrderDetail d) {
    List<String> out = new ArrayList<>();
    for (PartUsage u : d.partsUsed()) {
      var p = d.parts().get(u.partId());
      out.add(msg.text("job.parts.line", u.quantity(), p == null ? u.partId().toString() : p.sku() + " " + p.name()));
    }
    return out;
  }

  /**
   * The checklist as the customer reads it before signing: each item ticked or open, with the reading
   * (and its unit) or the remark the technician entered.
   */
  public List<String> checklist() {
    List<String> out = new ArrayList<>();
    for (Checklist list : checklists) {
      for (ChecklistItem i : list.items()) {
        String answer = i.answer() == null || i.answer().isBlank() ? ""
            : i.answerKind() == ChecklistAnswerKind.VALUE
                ? msg.text("signature.checklist.value", i.answer(), i.unit() == null ? "" : i.unit()).strip()
                : msg.text("signature.checklist.note", i.answer());
        String by = ticks == null || !i.done() ? "" : ticks.whoAndWhen(i);
        out.add(msg.text(i.done() ? "signature.checklist.done" : "signature.checklist.open", i.text()) + answer
            + (by.isEmpty() ? "" : "  ·  " + by));
      }
    }
    return out;
  }

  public Duration totalTime(WorkOrderDetail d) {
    return d.timeEntries().stream().map(t -> Duration.between(t.start(), t.end())).reduce(Duration.ZERO, Duration::plus);
  }

  public List<TimeEntry> timeEntries(WorkOrderDetail d) {
    return d.timeEntries();
  }

  // ---- properties ----

  public ObservableList<PadStroke> strokes() {
    return strokes;
  }

  public StringProperty signerNameProperty() {
    return signerName;
  }

  public ReadOnlyStringProperty strokesMessageProperty() {
    return strokesMessage.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty nameMessageProperty() {
    return nameMessage.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty infoProperty() {
    return info.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty signedProperty() {
    return signed.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<WorkOrderDetail> detailProperty() {
    return detail.getReadOnlyProperty();
  }

  /** The last signature that passed the checks (kept even while the mutation type is not there yet). */
  public ReadOnlyObjectProperty<CapturedSignature> capturedProperty() {
    return captured.getReadOnlyProperty();
  }

  public double padWidth() {
    return padWidth;
  }

  public double padHeight() {
    return padHeight;
  }

  private static double clamp(double v, double max) {
    return Math.max(0, Math.min(max, v));
  }
}
