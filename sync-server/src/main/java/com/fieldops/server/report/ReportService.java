package com.fieldops.server.report;

import com.fieldops.common.json.Json;
import com.fieldops.protocol.ChangeOp;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.report.model.LabourLine;
import com.fieldops.report.model.PartLine;
import com.fieldops.report.model.ReportSnapshot;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.model.SlaOutcome;
import com.fieldops.server.report.pdf.ReportFonts;
import com.fieldops.server.report.pdf.ReportModel;
import com.fieldops.server.report.pdf.ReportPdf;
import com.fieldops.server.report.seal.CompanySeal;
import com.fieldops.server.report.seal.HttpTimestampSource;
import com.fieldops.server.report.seal.SealIdentity;
import com.fieldops.server.storage.Audience;
import com.fieldops.server.storage.ChangeLog;
import com.fieldops.server.storage.ChangeRow;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.EntityColumns;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.server.sync.ChangeListener;
import com.fieldops.sla.ClockState;
import com.fieldops.sla.MilestoneClock;
import com.fieldops.workorder.model.TimeEntryKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a job's service report: reads what happened, renders the template to PDF in the customer's
 * language, seals it with the company's certificate, stores the bytes in the database and writes the
 * report's hash and size into the {@link ServiceReport} record (which reaches the job's audience by
 * sync). Called for every signature that arrives ({@link ReportModule}) and on request; the
 * notification outbox can call {@link #pdf} to attach it.
 */
public final class ReportService {
  private static final Logger LOG = LoggerFactory.getLogger(ReportService.class);
  /** A report that failed waits this long before the next try (doubling up to an hour). */
  private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

  private final Database db;
  private final Clock clock;
  private final ChangeListener listener;
  private final ReportSettings settings;
  private final ReportStore store;
  private final EntityStore entities;
  private final ReportContentReader reader;
  private final ReportCosts costs;
  /** Made on first use: a server that never makes a report never loads fonts or makes a key. */
  private volatile Parts parts;
  private final Map<UUID, Retry> retries = new ConcurrentHashMap<>();
  private final com.fieldops.server.notify.NotificationOutbox outbox;
  /** Null until the server knows its address: then each new report is mailed to the customer contact. */
  private volatile ReportDelivery delivery;

  private record Parts(ReportPdf pdf, CompanySeal seal, byte[] logo) {}
  private record Retry(int failures, Instant notBefore) {}

  public ReportService(Database db, Clock clock, ChangeListener listener, ReportSettings settings,
      ReportPhotos photos, ReportCosts costs) {
    this.db = db;
    this.clock = clock;
    this.listener = listener;
    this.settings = settings;
    this.store = new ReportStore(db.dialect());
    this.entities = new EntityStore(db.dialect());
    this.reader = new ReportContentReader(entities, photos);
    this.costs = costs;
    this.outbox = new com.fieldops.server.notify.NotificationOutbox(db.dialect());
    if (settings.template() != null) {
      ReportPdf.template(settings.template()); // a broken company template stops the start, not a customer's report
    }
  }

  private Parts parts() {
    Parts p = parts;
    if (p != null) {
      return p;
    }
    synchronized (this) {
      if (parts == null) {
        parts = makeParts();
      }
      return parts;
    }
  }

  private Parts makeParts() {
    ReportPdf pdf = new ReportPdf(ReportPdf.template(settings.template()), ReportFonts.load(settings.fontDirectory()));
    SealIdentity identity = identity(settings);
    CompanySeal seal = new CompanySeal(identity, settings.tsaUrl() == null ? null
        : new HttpTimestampSource(settings.tsaUrl(), Duration.ofSeconds(10)), settings.companyName(), clock);
    LOG.atInfo().setMessage("service reports ready").addKeyValue("event", "report.ready")
        .addKeyValue("seal", seal.level()).addKeyValue("certificate", identity.certificate().getSubjectX500Principal())
        .addKeyValue("sha256", identity.fingerprint()).addKeyValue("selfSigned", identity.selfSigned())
        .addKeyValue("settings", settings).log();
    return new Parts(pdf, seal, readLogo(settings));
  }

  /** The configured keystore, or the identity kept in the database, made on the very first start. */
  private SealIdentity identity(ReportSettings s) {
    if (s.keystore() != null) {
      try {
        char[] pw = s.keystorePassword() == null ? new char[0] : s.keystorePassword().toCharArray();
        return SealIdentity.of(Files.readAllBytes(s.keystore()), pw, s.keystoreAlias(), false);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read report.keystore " + s.keystore(), e);
      }
    }
    Optional<ReportStore.KeptIdentity> kept = db.read(store::keptIdentity);
    if (kept.isEmpty()) {
      SealIdentity made = SealIdentity.selfSigned(s.companyName(), clock.instant());
      boolean ours = db.write(c -> store.keepIdentity(c, made.pkcs12(), new String(made.password()),
          clock.millis()));
      if (ours) {
        LOG.atWarn().setMessage("no report.keystore configured: made a self-signed sealing certificate and kept it"
            + " in the database; reports can be checked for changes, but readers outside the company will not"
            + " trust the seal until a CA-issued certificate is configured")
            .addKeyValue("event", "report.seal.selfSigned").addKeyValue("subject",
                made.certificate().getSubjectX500Principal()).addKeyValue("sha256", made.fingerprint()).log();
      }
      kept = db.read(store::keptIdentity);
    }
    return SealIdentity.of(kept.get().pkcs12(), kept.get().password().toCharArray(), null, true);
  }

  private static byte[] readLogo(ReportSettings s) {
    if (s.logo() == null) {
      return null;
    }
    try {
      return Files.readAllBytes(s.logo());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report.logo " + s.logo(), e);
    }
  }

  /** From now on each newly sealed report is mailed to the job's contact with a link to the customer's page. */
  public ReportService deliverTo(ReportDelivery newDelivery) {
    this.delivery = newDelivery;
    return this;
  }

  public Optional<ReportDelivery> delivery() {
    return Optional.ofNullable(delivery);
  }

  /** The sealing identity (made and kept on first use when no keystore is configured). */
  public SealIdentity identity() {
    return parts().seal().identity();
  }

  public ReportSettings settings() {
    return settings;
  }

  /** The stored, sealed PDF of a report, if it was made. */
  public Optional<ReportStore.StoredPdf> pdf(UUID reportId) {
    return db.read(c -> store.pdf(c, reportId));
  }

  /** The sealed PDF's bytes of a report, if it was made (for callers outside this package). */
  public Optional<byte[]> pdfBytes(UUID reportId) {
    return pdf(reportId).map(ReportStore.StoredPdf::pdf);
  }

  /** Renders, seals and stores the report now (again, if it was made before); empty if it is not signed. */
  public Optional<ReportStore.StoredPdf> render(UUID reportId) {
    long started = System.nanoTime();
    Optional<ReportContent> read = db.snapshot(c -> {
      Optional<ReportContent> content = reader.read(c, reportId);
      if (content.isEmpty()) {
        return content;
      }
      ReportContent.Costs cost = costs.costsOf(c, content.get());
      return Optional.of(withCosts(content.get(), cost));
    });
    if (read.isEmpty()) {
      return Optional.empty();
    }
    ReportContent content = read.get();
    Locale locale = ReportModel.languageOf(content);
    String paper = ReportModel.paperFor(settings.paper(), content.site().address());
    Parts p = parts();
    Map<String, Object> model = ReportModel.of(content, locale, paper,
        new ReportModel.Company(settings.companyName(), settings.companyAddress(), p.logo()));
    CompanySeal seal = p.seal();
    byte[] sealed = seal.seal(p.pdf().render(model), "Service report " + content.workOrder().label());
    ReportStore.StoredPdf stored = new ReportStore.StoredPdf(reportId, content.workOrder().id(), sha256(sealed),
        sealed.length, sealed, locale.toLanguageTag(), paper, seal.level().toString(), clock.millis());
    ReportDelivery mail = delivery;
    long lastSeq = db.write(c -> {
      // only the first PDF of a report is mailed: a re-render on request does not mail the customer again
      boolean first = store.pdf(c, reportId).isEmpty();
      store.put(c, stored);
      if (first && mail != null) {
        mail.enqueue(c, outbox, content, stored, clock.instant());
      }
      return publish(c, content, stored);
    });
    if (lastSeq > 0) {
      listener.committed(lastSeq);
    }
    LOG.atInfo().setMessage("service report sealed").addKeyValue("event", "report.sealed")
        .addKeyValue("reportId", reportId).addKeyValue("workOrder", content.workOrder().label())
        .addKeyValue("language", stored.language()).addKeyValue("paper", paper).addKeyValue("bytes", sealed.length)
        .addKeyValue("level", stored.sealLevel())
        .addKeyValue("millis", Duration.ofNanos(System.nanoTime() - started).toMillis()).log();
    return Optional.of(stored);
  }

  /**
   * Renders every signed report still without its PDF (at most {@code max}); a report that fails is
   * logged and tried again later with a growing pause, never blocking the others.
   */
  public int renderWaiting(int max) {
    List<UUID> waiting = db.read(c -> store.waiting(c, max));
    int made = 0;
    Instant now = clock.instant();
    for (UUID id : waiting) {
      Retry r = retries.get(id);
      if (r != null && now.isBefore(r.notBefore())) {
        continue;
      }
      try {
        if (render(id).isPresent()) {
          made++;
        }
        retries.remove(id);
      } catch (RuntimeException e) {
        int failures = r == null ? 1 : r.failures() + 1;
        Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 7));
        pause = pause.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : pause;
        retries.put(id, new Retry(failures, now.plus(pause)));
        LOG.atWarn().setMessage("service report could not be made").addKeyValue("event", "report.failed")
            .addKeyValue("reportId", id).addKeyValue("failures", failures).addKeyValue("retryIn", pause)
            .addKeyValue("error", String.valueOf(e)).setCause(e).log();
      }
    }
    return made;
  }

  /** Writes the report's record with the PDF's hash and size and the snapshot read at rendering. */
  private long publish(java.sql.Connection c, ReportContent content, ReportStore.StoredPdf stored)
      throws java.sql.SQLException {
    Optional<StoredEntity> current = entities.find(c, "ServiceReport", stored.reportId(), true);
    if (current.isEmpty()) {
      return -1;
    }
    ServiceReport before;
    try {
      before = Json.mapper().readValue(current.get().data(), ServiceReport.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new com.fieldops.server.storage.StorageException("stored ServiceReport is unreadable", e);
    }
    ServiceReport after = new ServiceReport(before.id(), before.workOrderId(), snapshot(content, before),
        before.signature(), stored.sha256(), stored.sizeBytes(), before.createdAt());
    String json = Json.write(after);
    long version = current.get().version() + 1;
    entities.upsertAll(c, List.of(new StoredEntity(EntityNames.of(after), after.id(), version, json,
        EntityColumns.of(after))), clock.millis());
    Audience audience = Audience.of(content.workOrder().region(), content.workOrder().assigneeId());
    return new ChangeLog().append(c, List.of(new ChangeRow("ServiceReport", after.id(), version, ChangeOp.UPSERT,
        json, audience, null)), clock.millis());
  }

  private static ReportSnapshot snapshot(ReportContent c, ServiceReport before) {
    ReportSnapshot s = before.snapshot();
    List<LabourLine> labour = c.labour().stream().map(l -> new LabourLine(l.technicianName(),
        TimeEntryKind.valueOf(l.kind()), l.start(), l.end())).toList();
    List<PartLine> parts = c.parts().stream().map(p -> new PartLine(p.partNumber(), p.description(), p.quantity(),
        p.serialNumber())).toList();
    return new ReportSnapshot(c.workOrder().label(), s.customerName(), s.siteName(), s.siteAddress(),
        s.siteTimeZone(), s.equipmentSerialNumber(), s.equipmentModel(), s.problem(),
        c.workOrder().resolution() == null || c.workOrder().resolution().isBlank() ? s.resolution()
            : c.workOrder().resolution(), c.technicianName(), c.arrivedAt(), c.completedAt(), labour, parts,
        s.photoAttachmentIds(), outcome(c.sla()));
  }

  /** One word for the whole job: missed if any promise was missed, met if any was kept, else none. */
  static SlaOutcome outcome(List<MilestoneClock> clocks) {
    if (clocks.stream().anyMatch(k -> k.state() == ClockState.BREACHED)) {
      return SlaOutcome.BREACHED;
    }
    return clocks.stream().anyMatch(k -> k.state() == ClockState.MET) ? SlaOutcome.MET : SlaOutcome.NO_SLA;
  }

  private static ReportContent withCosts(ReportContent c, ReportContent.Costs costs) {
    return new ReportContent(c.report(), c.workOrder(), c.customer(), c.site(), c.contact(), c.equipment(),
        c.technicianName(), c.arrivedAt(), c.completedAt(), c.labour(), c.parts(), c.photos(), c.checklists(),
        c.sla(), costs);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
