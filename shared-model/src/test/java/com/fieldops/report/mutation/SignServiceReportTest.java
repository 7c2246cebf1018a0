package com.fieldops.report.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentStatus;
import com.fieldops.identity.model.Role;
import com.fieldops.identity.model.Technician;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.protocol.registry.Mutations;
import com.fieldops.report.model.CustomerSignature;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.model.SignaturePoint;
import com.fieldops.report.model.SignatureStroke;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SignServiceReport as the server and the replica both run it: through the registry, on a map of records. */
class SignServiceReportTest {
  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  final Map<UUID, Object> state = new HashMap<>();
  final EntityLookup lookup = com.fieldops.fixtures.MapLookup.over(state);
  final UUID customer = Ids.newId();
  final UUID site = Ids.newId();
  final UUID machine = Ids.newId();
  final UUID tech = Ids.newId();
  final UUID otherTech = Ids.newId();
  final Actor dispatcher = new Actor(Ids.newId(), Role.DISPATCHER, null, "north");
  final Actor technician = new Actor(Ids.newId(), Role.TECHNICIAN, tech, null);
  final Actor otherTechnician = new Actor(Ids.newId(), Role.TECHNICIAN, otherTech, null);

  SignServiceReportTest() {
    Address a = new Address("1 Main St", "1000", "Springfield", null, "US");
    put(new Customer(customer, "Zhōu & Søn 周氏", null, null, null, a, "zh-CN"));
    put(new Site(site, customer, "HQ", a, ZoneId.of("Asia/Shanghai"), null, "north", null));
    put(new Equipment(machine, customer, site, "SN-1", "Viessmann", "Vitodens 200", "boiler", null, null,
        EquipmentStatus.ACTIVE));
    put(new Technician(tech, null, "Tess", null, null, "north", List.of(), null, ZoneId.of("UTC"), List.of(),
        List.of(), true));
    put(new Technician(otherTech, null, "Otto", null, null, "north", List.of(), null, ZoneId.of("UTC"), List.of(),
        List.of(), true));
  }

  void put(Object entity) {
    state.put(EntityNames.idOf(entity), entity);
  }

  Outcome apply(Actor actor, UUID entityId, Object payload) {
    MutationEnvelope env = new MutationEnvelope(Ids.newId(), "SignServiceReport", entityId, null, "phone",
        NOW.minusSeconds(60), Json.mapper().valueToTree(payload));
    Outcome o = Mutations.apply(env, actor, NOW, lookup, Locale.ENGLISH);
    if (o instanceof Outcome.Applied ap) {
      ap.writes().forEach(this::put);
    }
    return o;
  }

  UUID job(WorkOrderStatus status) {
    UUID id = Ids.newId();
    MutationEnvelope env = new MutationEnvelope(Ids.newId(), "CreateWorkOrder", id, null, "console", NOW,
        Json.mapper().valueToTree(new CreateWorkOrder(customer, site, null, machine, WorkOrderType.REPAIR,
            Priority.P2, null, "Burner fault", null, null, tech)));
    Outcome o = Mutations.apply(env, dispatcher, NOW, lookup, Locale.ENGLISH);
    WorkOrder wo = (WorkOrder) ((Outcome.Applied) o).writes().stream().filter(WorkOrder.class::isInstance)
        .findFirst().orElseThrow();
    put(wo.withStatus(status, null));
    return id;
  }

  static List<SignatureStroke> name() {
    List<SignaturePoint> pts = new ArrayList<>();
    for (int i = 0; i <= 40; i++) {
      pts.add(new SignaturePoint(20 + i * 6, 80 + 30 * Math.sin(i / 3.0)));
    }
    return List.of(new SignatureStroke(pts), new SignatureStroke(List.of(new SignaturePoint(40, 140),
        new SignaturePoint(200, 135))));
  }

  SignServiceReport sign(UUID job, List<SignatureStroke> strokes) {
    return new SignServiceReport(job, "Zhōu Wěi 周伟", NOW.minusSeconds(90), 360, 180, strokes, "Works again");
  }

  static Rejection rejection(Outcome o) {
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected) o).rejection();
  }

  @Test
  void theTechnicianOnACompletedJobGetsTheCustomersSignatureAsStrokesIntoTheJobsReport() {
    UUID job = job(WorkOrderStatus.COMPLETED);

    Outcome o = apply(technician, ServiceReport.idFor(job), sign(job, name()));

    assertThat(o).isInstanceOf(Outcome.Applied.class);
    ServiceReport report = (ServiceReport) ((Outcome.Applied) o).writes().get(0);
    assertThat(report.id()).isEqualTo(ServiceReport.idFor(job));
    assertThat(report.workOrderId()).isEqualTo(job);
    assertThat(report.snapshot().customerName()).isEqualTo("Zhōu & Søn 周氏");
    assertThat(report.snapshot().siteTimeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(report.snapshot().equipmentSerialNumber()).isEqualTo("SN-1");
    assertThat(report.snapshot().technicianName()).isEqualTo("Tess");
    CustomerSignature s = report.signature();
    assertThat(s.signerName()).isEqualTo("Zhōu Wěi 周伟");
    assertThat(s.strokes()).hasSize(2);
    assertThat(s.strokes().get(0).points()).hasSize(41);
    assertThat(s.hasStrokes()).isTrue();
    assertThat(s.imagePngBase64()).isNull();
    assertThat(s.customerComment()).isEqualTo("Works again");
    assertThat(report.pdfSha256()).as("the server renders and seals after").isNull();
  }

  @Test
  void aJobIsSignedOnceNeverTwice() {
    UUID job = job(WorkOrderStatus.COMPLETED);
    assertThat(apply(technician, ServiceReport.idFor(job), sign(job, name()))).isInstanceOf(Outcome.Applied.class);

    Rejection again = rejection(apply(technician, ServiceReport.idFor(job), sign(job, name())));

    assertThat(again.code()).isEqualTo(Codes.ALREADY_EXISTS);
    assertThat(again.field()).isEqualTo("workOrderId");
    assertThat(Mutations.describe(again, Locale.ENGLISH)).contains("already signed");
    assertThat(Mutations.describe(again, Locale.SIMPLIFIED_CHINESE)).contains("已经签字");
  }

  @Test
  void aJobNotCompletedYetIsRefusedNamingTheJob() {
    UUID job = job(WorkOrderStatus.ON_SITE);

    Rejection r = rejection(apply(technician, ServiceReport.idFor(job), sign(job, name())));

    assertThat(r.field()).isEqualTo("workOrderId");
    assertThat(Mutations.describe(r, Locale.ENGLISH)).contains("not completed yet");
  }

  @Test
  void onlyTheAssignedTechnicianCollectsTheSignature() {
    UUID job = job(WorkOrderStatus.COMPLETED);

    Rejection other = rejection(apply(otherTechnician, ServiceReport.idFor(job), sign(job, name())));
    Rejection office = rejection(apply(dispatcher, ServiceReport.idFor(job), sign(job, name())));

    assertThat(other.code()).isEqualTo(Codes.NOT_FOUND);
    assertThat(other.field()).isEqualTo("workOrderId");
    assertThat(office.code()).isEqualTo(Codes.NOT_YOUR_JOB);
  }

  @Test
  void theEnvelopeMustNameTheJobsReport() {
    UUID job = job(WorkOrderStatus.COMPLETED);

    Rejection r = rejection(apply(technician, Ids.newId(), sign(job, name())));

    assertThat(r.code()).isEqualTo(Codes.MISMATCH);
    assertThat(r.field()).isEqualTo("entityId");
  }

  @Test
  void absurdDrawingsAreRefusedNamingStrokesAndNothingIsWritten() {
    UUID job = job(WorkOrderStatus.COMPLETED);
    UUID report = ServiceReport.idFor(job);
    List<SignaturePoint> tooMany = new ArrayList<>();
    for (int i = 0; i < 10_001; i++) {
      tooMany.add(new SignaturePoint(i % 300, i % 150));
    }

    Map<String, List<SignatureStroke>> bad = Map.of(
        "no strokes", List.of(),
        "one dot", List.of(new SignatureStroke(List.of(new SignaturePoint(100, 100)))),
        "a tap", List.of(new SignatureStroke(List.of(new SignaturePoint(100, 100), new SignaturePoint(101, 100),
            new SignaturePoint(101, 101), new SignaturePoint(100, 101)))),
        "outside the pad", List.of(new SignatureStroke(List.of(new SignaturePoint(10, 10),
            new SignaturePoint(400, 50), new SignaturePoint(100, 90)))),
        "negative", List.of(new SignatureStroke(List.of(new SignaturePoint(10, 10), new SignaturePoint(-1, 50),
            new SignaturePoint(100, 90)))),
        "20,002 points", List.of(new SignatureStroke(tooMany), new SignatureStroke(tooMany)));

    bad.forEach((what, strokes) -> {
      Rejection r = rejection(apply(technician, report, sign(job, strokes)));
      assertThat(r.field()).as(what).isEqualTo("strokes");
      assertThat(Mutations.describe(r, Locale.SIMPLIFIED_CHINESE)).as(what).doesNotContain("protocol.");
    });
    assertThat(state.get(report)).isNull();
  }

  @Test
  void anEmptySignerNameOrAnAbsurdPadIsRefusedNamingItsField() {
    UUID job = job(WorkOrderStatus.COMPLETED);
    UUID report = ServiceReport.idFor(job);

    assertThat(rejection(apply(technician, report, new SignServiceReport(job, " ", NOW, 360, 180, name(), null)))
        .field()).isEqualTo("signerName");
    assertThat(rejection(apply(technician, report, new SignServiceReport(job, "Ann", NOW, 1e9, 180, name(), null)))
        .field()).isEqualTo("padWidth");
    assertThat(rejection(apply(technician, report, new SignServiceReport(job, "Ann", NOW, 360, 0, name(), null)))
        .field()).isEqualTo("padHeight");
    assertThat(rejection(apply(technician, report, new SignServiceReport(job, "Ann", NOW, 360, 180, null, null)))
        .field()).isEqualTo("strokes");
  }

  @Test
  void aSignatureOfTheEarlierReleaseHoldingOnlyAPictureStillReads() throws Exception {
    String old = "{\"signerName\":\"Anna\",\"signedAt\":\"2026-03-02T10:00:00Z\","
        + "\"imagePngBase64\":\"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ\"}";

    CustomerSignature s = Json.mapper().readValue(old, CustomerSignature.class);

    assertThat(s.signerName()).isEqualTo("Anna");
    assertThat(s.strokes()).isEmpty();
    assertThat(s.hasStrokes()).isFalse();
    assertThat(s.imagePngBase64()).startsWith("iVBOR");
  }
}
