package com.fieldops.demo;

import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.equipment.model.EquipmentEventKind;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.PartRequestStatus;
import com.fieldops.report.model.CustomerSignature;
import com.fieldops.report.model.Feedback;
import com.fieldops.report.model.LabourLine;
import com.fieldops.report.model.PartLine;
import com.fieldops.report.model.ReportSnapshot;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.model.SlaOutcome;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.User;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.AttachmentKind;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistItem;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.sla.ClockState;
import com.fieldops.sla.SlaCalculator;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.sla.SlaTimeline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Work orders in every status with the history that led there: events, notes, time, parts,
 * checklists, photos, reports and ratings. Each job is first planned (status, path, creation
 * time), the plans are put in creation order (numbers follow it), then each is played out.
 */
final class DemoWorkOrders {
  /** Share of each status, in the order of {@link WorkOrderStatus}: mostly history, a live board on top. */
  private static final double[] STATUS_WEIGHTS = {1.2, 1.2, 0.7, 0.5, 0.7, 1.0, 5.0, 84.7, 5.0};
  /** A tiny valid PNG: the demo's drawn signature. */
  private static final String SIGNATURE_PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
  private static final Map<String, DemoCatalog.EquipmentKind> KIND_OF_CATEGORY = new HashMap<>();

  static {
    DemoCatalog.EQUIPMENT.forEach(k -> KIND_OF_CATEGORY.put(k.category(), k));
  }

  private final DemoRandom r;
  private final DemoWorld w;
  private final DemoStock stock;
  private final Instant now;

  final List<WorkOrder> workOrders = new ArrayList<>();
  final List<WorkOrderEvent> events = new ArrayList<>();
  final List<Note> notes = new ArrayList<>();
  final List<TimeEntry> timeEntries = new ArrayList<>();
  final List<PartUsage> partUsages = new ArrayList<>();
  final List<PartRequest> partRequests = new ArrayList<>();
  final List<Checklist> checklists = new ArrayList<>();
  final List<Attachment> attachments = new ArrayList<>();
  final List<ServiceReport> reports = new ArrayList<>();
  final List<Feedback> feedback = new ArrayList<>();
  final List<EquipmentEvent> equipmentEvents = new ArrayList<>();

  DemoWorkOrders(DemoRandom r, DemoWorld world, DemoStock stock) {
    this.r = r;
    this.w = world;
    this.stock = stock;
    this.now = world.now;
  }

  private record Step(WorkOrderStatus status, Duration after, OnHoldReason reason) {}

  private record Plan(Instant createdAt, WorkOrderStatus target, List<Step> steps, Site site, WorkOrderType type,
      Priority priority) {}

  void generate(int count) {
    List<Plan> plans = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      plans.add(plan());
    }
    plans.sort(Comparator.comparing(Plan::createdAt));
    Map<Integer, int[]> numberOfYear = new HashMap<>();
    for (Plan plan : plans) {
      int year = plan.createdAt().atZone(ZoneOffset.UTC).getYear();
      int seq = ++numberOfYear.computeIfAbsent(year, y -> new int[1])[0];
      play(plan, String.format("WO-%d-%06d", year, seq));
    }
  }

  // ---- planning ------------------------------------------------------------------------

  private Plan plan() {
    WorkOrderStatus target = WorkOrderStatus.values()[r.weighted(STATUS_WEIGHTS)];
    Priority priority = Priority.values()[r.weighted(10, 25, 45, 20)];
    WorkOrderType type = WorkOrderType.values()[r.weighted(35, 25, 25, 5, 10)];
    List<Step> steps = steps(target, priority);
    Duration total = steps.stream().map(Step::after).reduce(Duration.ZERO, Duration::plus);
    Duration slack = switch (target) {
      case NEW -> r.minutes(1, 720);
      case COMPLETED -> r.minutes(30, 4_320);
      case CLOSED, CANCELLED -> r.minutes(0, 360 * 24 * 60);
      default -> r.minutes(1, 240);
    };
    Site site = w.sites.get(r.between(0, w.sites.size() - 1));
    return new Plan(now.minus(total).minus(slack).truncatedTo(ChronoUnit.SECONDS), target, steps, site, type, priority);
  }

  private List<Step> steps(WorkOrderStatus target, Priority priority) {
    List<Step> s = new ArrayList<>();
    if (target == WorkOrderStatus.NEW) {
      return s;
    }
    if (target == WorkOrderStatus.CANCELLED) {
      WorkOrderStatus from = List.of(WorkOrderStatus.NEW, WorkOrderStatus.ASSIGNED, WorkOrderStatus.ACCEPTED,
          WorkOrderStatus.ON_HOLD).get(r.weighted(40, 30, 10, 20));
      s.addAll(steps(from, priority));
      s.add(new Step(WorkOrderStatus.CANCELLED, r.minutes(10, 2_880), null));
      return s;
    }
    boolean urgent = priority == Priority.P1 || priority == Priority.P2;
    s.add(new Step(WorkOrderStatus.ASSIGNED, urgent ? r.minutes(2, 20) : r.minutes(5, 240), null));
    if (target == WorkOrderStatus.ASSIGNED) {
      return s;
    }
    s.add(new Step(WorkOrderStatus.ACCEPTED, urgent ? r.minutes(3, 40) : r.minutes(5, 180), null));
    if (target == WorkOrderStatus.ACCEPTED) {
      return s;
    }
    s.add(new Step(WorkOrderStatus.EN_ROUTE, urgent ? r.minutes(0, 45) : r.minutes(30, 2_880), null));
    if (target == WorkOrderStatus.EN_ROUTE) {
      return s;
    }
    s.add(new Step(WorkOrderStatus.ON_SITE, r.minutes(15, 90), null));
    if (target == WorkOrderStatus.ON_SITE) {
      return s;
    }
    if (target == WorkOrderStatus.ON_HOLD || r.chance(0.2)) {
      s.add(new Step(WorkOrderStatus.ON_HOLD, r.minutes(20, 150), holdReason()));
      if (target == WorkOrderStatus.ON_HOLD) {
        return s;
      }
      s.add(new Step(WorkOrderStatus.ON_SITE, r.minutes(60, 2_880), null));
    }
    s.add(new Step(WorkOrderStatus.COMPLETED, r.minutes(30, 300), null));
    if (target == WorkOrderStatus.CLOSED) {
      s.add(new Step(WorkOrderStatus.CLOSED, r.minutes(600, 4_320), null));
    }
    return s;
  }

  private OnHoldReason holdReason() {
    return OnHoldReason.values()[r.weighted(35, 50, 15)];
  }

  // ---- playing a plan out --------------------------------------------------------------

  /** State of one job while its history is written. */
  private final class Job {
    final Plan plan;
    final UUID id;
    final DemoRegion region;
    final Customer customer;
    final Contact contact;
    final Equipment equipment;
    final DemoCatalog.EquipmentKind kind;
    final User dispatcher;
    Technician technician;
    Instant enRouteAt;
    Instant firstOnSiteAt;
    Instant onSiteAt;
    Instant completedAt;
    Instant lastEventAt;
    SlaTimeline sla;
    final List<LabourLine> labour = new ArrayList<>();
    final List<PartLine> partLines = new ArrayList<>();
    final List<UUID> photos = new ArrayList<>();

    Job(Plan plan) {
      this.plan = plan;
      this.id = r.id(plan.createdAt());
      this.region = w.regionOfSite.get(plan.site().id());
      this.customer = w.customerById.get(plan.site().customerId());
      List<Contact> siteContacts = w.contactsBySite.getOrDefault(plan.site().id(), List.of());
      this.contact = siteContacts.isEmpty() ? null : r.pick(siteContacts);
      List<Equipment> machines = w.equipmentBySite.getOrDefault(plan.site().id(), List.of());
      this.equipment = machines.isEmpty() || r.chance(0.12) ? null : r.pick(machines);
      this.kind = equipment == null ? r.pick(DemoCatalog.EQUIPMENT) : KIND_OF_CATEGORY.get(equipment.category());
      this.dispatcher = w.dispatcherOf.get(region);
    }

    User technicianUser() {
      return w.userOfTechnician.get(technician.id());
    }
  }

  private void play(Plan plan, String number) {
    Job job = new Job(plan);
    Instant created = plan.createdAt();
    Priority initial = plan.priority();
    Priority current = initial;
    String desk = "desk-" + job.dispatcher.username();
    events.add(new WorkOrderEvent.Created(r.id(created), job.id, job.dispatcher.id(), desk, created, created,
        plan.type(), initial));
    events.add(new WorkOrderEvent.NumberAssigned(r.id(created), job.id, null, WorkOrderEvent.SERVER_DEVICE, created,
        created, number));
    job.sla = SlaTimeline.created(created, initial);
    job.lastEventAt = created;

    // step instants first: the schedule and the reassignment need to look ahead
    List<Instant> at = new ArrayList<>();
    Instant t = created;
    for (Step step : plan.steps()) {
      t = t.plus(step.after());
      at.add(t);
    }
    if (initial != Priority.P1 && r.chance(0.05)) {
      Instant when = min(created.plus(r.minutes(1, 30)), at.isEmpty() ? now : at.get(0));
      current = initial.raised();
      events.add(new WorkOrderEvent.PriorityChanged(r.id(when), job.id, job.dispatcher.id(), desk, when, when, initial,
          current, job.customer.language().startsWith("zh") ? "客户来电催促" : "Customer called again, production stopped"));
      job.sla = job.sla.priority(when, current);
    }

    boolean reassign = r.chance(0.05);
    WorkOrderStatus status = WorkOrderStatus.NEW;
    OnHoldReason holdReason = null;
    for (int i = 0; i < plan.steps().size(); i++) {
      Step step = plan.steps().get(i);
      Instant when = at.get(i);
      Instant next = i + 1 < at.size() ? at.get(i + 1) : now;
      switch (step.status()) {
        case ASSIGNED -> {
          job.technician = pickTechnician(job, null);
          events.add(new WorkOrderEvent.Assigned(r.id(when), job.id, job.dispatcher.id(), desk, when, when, null,
              job.technician.id()));
          statusChanged(job, when, status, WorkOrderStatus.ASSIGNED, null, job.dispatcher, desk, when);
          if (reassign) {
            Technician other = pickTechnician(job, job.technician);
            if (other != null) {
              Instant mid = when.plus(Duration.between(when, next).dividedBy(2));
              events.add(new WorkOrderEvent.Assigned(r.id(mid), job.id, job.dispatcher.id(), desk, mid, mid,
                  job.technician.id(), other.id()));
              job.technician = other;
            }
          }
        }
        case EN_ROUTE -> {
          fieldMove(job, when, status, step);
          job.enRouteAt = when;
        }
        case ON_SITE -> {
          fieldMove(job, when, status, step);
          if (job.firstOnSiteAt == null) {
            job.firstOnSiteAt = when;
            travel(job, when);
            checklistAndPhotos(job, when, next);
          }
          job.onSiteAt = when;
        }
        case ON_HOLD -> {
          fieldMove(job, when, status, step);
          labour(job, when);
          holdReason = step.reason();
          if (holdReason == OnHoldReason.WAITING_FOR_PARTS) {
            partRequest(job, when, plan.target());
          }
        }
        case COMPLETED -> {
          fieldMove(job, when, status, step);
          labour(job, when);
          job.completedAt = when;
          useParts(job, when);
        }
        case CLOSED, CANCELLED -> statusChanged(job, when, status, step.status(), null, job.dispatcher, desk, when);
        default -> fieldMove(job, when, status, step);
      }
      job.sla = step.status() == WorkOrderStatus.ON_HOLD ? job.sla.hold(when, step.reason())
          : job.sla.status(when, step.status());
      status = step.status();
      job.lastEventAt = when;
    }
    if (r.chance(0.3)) {
      note(job, desk);
    }

    WorkOrderStatus target = plan.target();
    boolean done = target == WorkOrderStatus.COMPLETED || target == WorkOrderStatus.CLOSED;
    // the fix matches the fault (the catalogue lists them in corresponding order)
    int fault = r.between(0, job.kind.problems().size() - 1);
    DemoCatalog.Text resolution = job.kind.resolutions().get(fault % job.kind.resolutions().size());
    Instant[] schedule = schedule(plan, at, job);
    WorkOrder wo = new WorkOrder(job.id, number, job.customer.id(), plan.site().id(),
        job.contact == null ? null : job.contact.id(), job.equipment == null ? null : job.equipment.id(), plan.type(),
        current, target, target == WorkOrderStatus.ON_HOLD ? holdReason : null,
        job.technician == null ? null : job.technician.id(), job.kind.skill(), job.region.code, schedule[0], schedule[1],
        job.kind.problems().get(fault).in(job.region), done ? resolution.in(job.region) : null, created,
        job.dispatcher.id());
    workOrders.add(wo);
    if (done) {
      report(job, wo);
      equipmentEvents(job, wo);
    }
  }

  private Technician pickTechnician(Job job, Technician not) {
    List<Technician> region = w.techniciansByRegion.getOrDefault(job.region, w.technicians);
    List<Technician> skilled = region.stream().filter(t -> t != not && t.hasSkill(job.kind.skill(), 1)).toList();
    if (!skilled.isEmpty() && r.chance(0.9)) {
      return r.pick(skilled);
    }
    List<Technician> others = region.stream().filter(t -> t != not).toList();
    return others.isEmpty() ? null : r.pick(others);
  }

  private void fieldMove(Job job, Instant when, WorkOrderStatus from, Step step) {
    User tech = job.technicianUser();
    // field moves often reach the server late: phones are offline in basements and lift shafts
    Duration delay = r.chance(0.1) ? r.minutes(5, 90) : Duration.ofSeconds(r.between(0, 20));
    statusChanged(job, when, from, step.status(), step.reason(), tech, "phone-" + tech.username(), min(when.plus(delay), now));
  }

  private void statusChanged(Job job, Instant when, WorkOrderStatus from, WorkOrderStatus to, OnHoldReason reason,
      User actor, String device, Instant recordedAt) {
    events.add(new WorkOrderEvent.StatusChanged(r.id(when), job.id, actor.id(), device, when, recordedAt, from, to,
        to == WorkOrderStatus.ON_HOLD ? reason : null, null));
  }

  private void travel(Job job, Instant arrivedAt) {
    if (job.enRouteAt == null) {
      return;
    }
    timeEntries.add(new TimeEntry(r.id(arrivedAt), job.id, job.technician.id(), TimeEntryKind.TRAVEL, job.enRouteAt,
        arrivedAt, r.chance(0.5), null));
    job.labour.add(new LabourLine(job.technician.name(), TimeEntryKind.TRAVEL, job.enRouteAt, arrivedAt));
  }

  private void labour(Job job, Instant until) {
    timeEntries.add(new TimeEntry(r.id(until), job.id, job.technician.id(), TimeEntryKind.LABOUR, job.onSiteAt, until,
        true, null));
    job.labour.add(new LabourLine(job.technician.name(), TimeEntryKind.LABOUR, job.onSiteAt, until));
  }

  private void useParts(Job job, Instant completedAt) {
    UUID van = job.technician.vanStockLocationId();
    List<Part> assortment = stock.assortment(van);
    if (assortment.isEmpty() || !r.chance(0.55)) {
      return;
    }
    long labourSeconds = Duration.between(job.onSiteAt, completedAt).getSeconds();
    int count = r.between(1, Math.min(3, assortment.size()));
    List<Part> used = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Part part = r.pick(assortment);
      if (used.contains(part)) {
        continue;
      }
      used.add(part);
      int quantity = part.serialized() ? 1 : r.between(1, 3);
      Instant usedAt = completedAt.minusSeconds(r.between(1, Math.max(1, labourSeconds - 1)));
      User tech = job.technicianUser();
      String serial = stock.take(part, van, quantity, job.id, tech.id(), usedAt);
      partUsages.add(new PartUsage(r.id(usedAt), job.id, part.id(), van, quantity, serial, tech.id(), usedAt));
      job.partLines.add(new PartLine(part.sku(), part.name(), quantity, serial));
    }
  }

  private void partRequest(Job job, Instant at, WorkOrderStatus target) {
    Part part = w.parts.get(r.between(0, w.parts.size() - 1));
    PartRequestStatus status = switch (target) {
      case ON_HOLD -> PartRequestStatus.values()[r.between(0, 2)];
      case CANCELLED -> PartRequestStatus.CANCELLED;
      default -> PartRequestStatus.DELIVERED;
    };
    partRequests.add(new PartRequest(r.id(at), job.id, part.id(), 1, status, job.technicianUser().id(), at,
        at.plus(Duration.ofDays(2)), job.technician.vanStockLocationId(), null));
  }

  private void checklistAndPhotos(Job job, Instant onSite, Instant until) {
    WorkOrderType type = job.plan.type();
    boolean done = job.plan.target() == WorkOrderStatus.COMPLETED || job.plan.target() == WorkOrderStatus.CLOSED;
    if (type == WorkOrderType.PREVENTIVE || type == WorkOrderType.INSPECTION) {
      int n = r.between(4, DemoCatalog.CHECKLIST_ITEMS.size());
      int ticked = done ? n : r.between(0, n);
      List<ChecklistItem> items = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        items.add(new ChecklistItem(r.id(onSite), DemoCatalog.CHECKLIST_ITEMS.get(i).in(job.region), i < 3, i < ticked,
            null));
      }
      String title = job.region.chinese() ? "保养检查单" : job.region.country.equals("DE") ? "Wartungscheckliste"
          : "Maintenance checklist";
      // completion is set when the job completes; the completion time is filled in by the caller below
      checklists.add(new Checklist(r.id(onSite), job.id, title, items, null, null));
    }
    if (r.chance(0.25)) {
      int photos = r.between(1, 2);
      long window = Math.max(1, Duration.between(onSite, min(until, now)).getSeconds());
      for (int i = 0; i < photos; i++) {
        Instant taken = onSite.plusSeconds(r.between(0, window));
        UUID photo = r.id(taken);
        attachments.add(new Attachment(photo, job.id, AttachmentKind.PHOTO, "IMG_" + r.digits(4) + ".jpg", "image/jpeg",
            r.between(1_200_000L, 5_000_000L), r.hex(32), i == 0 ? null : "After", taken, job.technicianUser().id(),
            min(taken.plusSeconds(r.between(0, 600)), now)));
        job.photos.add(photo);
      }
    }
  }

  private void note(Job job, String desk) {
    long span = Math.max(1, Duration.between(job.plan.createdAt(), job.lastEventAt).getSeconds());
    Instant at = job.plan.createdAt().plusSeconds(r.between(0, span));
    boolean byTechnician = job.technician != null && r.chance(0.4);
    User author = byTechnician ? job.technicianUser() : job.dispatcher;
    Note note = new Note(r.id(at), job.id, author.id(), r.pick(DemoCatalog.NOTES).in(job.region), false, at);
    notes.add(note);
    events.add(new WorkOrderEvent.NoteAdded(r.id(at), job.id, author.id(),
        byTechnician ? "phone-" + author.username() : desk, at, at, note.id()));
  }

  /** Scheduled window: around the travel start, or (for new jobs) a few days ahead; quarter hours. */
  private Instant[] schedule(Plan plan, List<Instant> at, Job job) {
    Instant start = null;
    int enRoute = indexOf(plan, WorkOrderStatus.EN_ROUTE);
    int assigned = indexOf(plan, WorkOrderStatus.ASSIGNED);
    if (enRoute >= 0) {
      start = at.get(enRoute);
    } else if (assigned >= 0) {
      start = at.get(assigned).plus(Duration.ofHours(r.between(2, 48)));
    } else if (plan.target() == WorkOrderStatus.NEW && r.chance(0.3)) {
      start = now.plus(Duration.ofDays(r.between(1, 5)));
    }
    if (start == null) {
      return new Instant[2];
    }
    Instant quarter = Instant.ofEpochSecond(start.getEpochSecond() / 900 * 900);
    return new Instant[] {quarter, quarter.plus(Duration.ofMinutes(60L + 30L * r.between(1, 6)))};
  }

  private static int indexOf(Plan plan, WorkOrderStatus status) {
    for (int i = 0; i < plan.steps().size(); i++) {
      if (plan.steps().get(i).status() == status) {
        return i;
      }
    }
    return -1;
  }

  private void report(Job job, WorkOrder wo) {
    Instant completed = job.completedAt;
    completeChecklist(job, completed);
    Site site = job.plan.site();
    ReportSnapshot snapshot = new ReportSnapshot(wo.number(), job.customer.name(), site.name(), site.address(),
        site.timeZone(), job.equipment == null ? null : job.equipment.serialNumber(),
        job.equipment == null ? null : job.equipment.manufacturer() + " " + job.equipment.model(), wo.problem(),
        wo.resolution(), job.technician.name(), job.firstOnSiteAt, completed, job.labour, job.partLines, job.photos,
        slaOutcome(job, wo, completed));
    CustomerSignature signature = null;
    if (job.contact != null && r.chance(0.85)) {
      signature = new CustomerSignature(job.contact.name(), min(completed.plus(r.minutes(1, 10)), now), SIGNATURE_PNG);
    }
    ServiceReport report = new ServiceReport(r.id(completed), job.id, snapshot, signature, null, 0, completed);
    reports.add(report);
    if (signature != null && wo.status() == WorkOrderStatus.CLOSED && r.chance(0.35)) {
      Instant submitted = completed.plus(r.minutes(60, 48 * 60));
      if (!submitted.isAfter(now)) {
        int rating = 1 + r.weighted(4, 6, 10, 25, 55);
        feedback.add(new Feedback(r.id(submitted), job.id, report.id(), job.contact.id(), rating,
            comment(rating, job.region), submitted));
      }
    }
  }

  private void completeChecklist(Job job, Instant completed) {
    int last = checklists.size() - 1;
    if (last >= 0 && checklists.get(last).workOrderId().equals(job.id)) {
      Checklist c = checklists.get(last);
      checklists.set(last, new Checklist(c.id(), c.workOrderId(), c.title(), c.items(), completed,
          job.technicianUser().id()));
    }
  }

  private static String comment(int rating, DemoRegion region) {
    if (rating >= 4) {
      return region.chinese() ? "响应迅速，技术员很专业" : region.country.equals("DE")
          ? "Schnell und sauber gearbeitet" : "Quick, friendly and tidy work";
    }
    if (rating == 3) {
      return null;
    }
    return region.chinese() ? "等待时间太长，问题第二天又出现" : region.country.equals("DE")
        ? "Zu lange gewartet, Fehler kam am nächsten Tag wieder" : "Waited too long and the fault came back the next day";
  }

  private SlaOutcome slaOutcome(Job job, WorkOrder wo, Instant completed) {
    SlaPolicy policy = w.policyFor(wo.customerId(), wo.equipmentId());
    if (policy == null) {
      return SlaOutcome.NO_SLA;
    }
    boolean breached = SlaCalculator.compute(policy, job.sla, completed).clocks().stream()
        .anyMatch(c -> c.state() == ClockState.BREACHED);
    return breached ? SlaOutcome.BREACHED : SlaOutcome.MET;
  }

  private void equipmentEvents(Job job, WorkOrder wo) {
    if (job.equipment == null) {
      return;
    }
    EquipmentEventKind kind = switch (wo.type()) {
      case PREVENTIVE -> EquipmentEventKind.SERVICED;
      case INSPECTION -> EquipmentEventKind.INSPECTED;
      default -> job.partLines.isEmpty() ? EquipmentEventKind.REPAIRED : EquipmentEventKind.PART_REPLACED;
    };
    equipmentEvents.add(new EquipmentEvent(r.id(job.completedAt), job.equipment.id(), wo.id(), kind, job.completedAt,
        wo.resolution(), job.technicianUser().id()));
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
