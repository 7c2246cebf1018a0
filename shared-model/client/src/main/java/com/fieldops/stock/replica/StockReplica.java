package com.fieldops.stock.replica;

import static com.fieldops.replica.store.ViewReads.doc;
import static com.fieldops.replica.store.ViewReads.read;
import static com.fieldops.replica.store.ViewReads.readOrNull;


import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockLevel;
import com.fieldops.identity.model.Technician;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.view.VanStockLine;
import com.fieldops.stock.model.Availability;
import com.fieldops.stock.model.Ledger;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.PartRequestEvent;
import com.fieldops.stock.model.ReplenishmentPlanner;
import com.fieldops.stock.model.Reservation;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.StockMovementKind;
import com.fieldops.stock.model.StockThreshold;
import com.fieldops.stock.model.VirtualLocations;
import com.fieldops.workorder.model.WorkOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Stock in the replica, all of it derived from the ledger the device holds (docs/decisions/0015, 0017):
 * on hand is the sum of movements, reserved what open jobs' reservations still hold, available the
 * difference. The device's own pending mutations are included, so the screens show the user's work
 * offline. Read methods only; the commands are {@code Replica.record} with the stock payloads.
 */
public final class StockReplica {
  private static final String MOVEMENT = EntityNames.of(StockMovement.class);
  private static final String REQUEST = EntityNames.of(PartRequest.class);
  private static final String REQUEST_EVENT = EntityNames.of(PartRequestEvent.class);
  private static final String RESERVATION = EntityNames.of(Reservation.class);
  private static final String THRESHOLD = EntityNames.of(StockThreshold.class);

  private final LocalStore store;

  public StockReplica(LocalStore store) {
    this.store = store;
  }

  /**
   * The stock in a technician's van by part SKU, from the ledger: on hand, reserved, available and
   * whether it needs a count. Empty if they have no van.
   */
  public List<VanStockLine> vanStock(UUID technicianId) {
    Optional<UUID> van = store.query(c -> doc(c, EntityTypes.TECHNICIAN, technicianId, Technician.class)
        .map(Technician::vanStockLocationId));
    return van.map(this::stockAt).orElse(List.of());
  }

  /**
   * Every part at a warehouse or van this device holds movements, reservations or transfers for, by
   * SKU: on hand, reserved, available, inbound (sent to it, not yet received), needs a count.
   */
  public List<VanStockLine> stockAt(UUID locationId) {
    // read in proportion to the location's part numbers, reservations and open transfers, never to its
    // movements: on hand from the running balance (migration V250), reserved from the standing
    // reservations with what their jobs used, inbound from the transfers addressed here
    return store.query(c -> {
      Map<UUID, Integer> onHand = new LinkedHashMap<>();
      Set<UUID> pendingParts = new HashSet<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT part_id, quantity, pending FROM view_stock_on_hand WHERE location_id = ?")) {
        ps.setString(1, locationId.toString());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            UUID part = UUID.fromString(rs.getString(1));
            onHand.put(part, rs.getInt(2));
            if (rs.getInt(3) != 0) {
              pendingParts.add(part);
            }
          }
        }
      }
      List<Reservation> reservations = children(c, RESERVATION, "locationId", locationId, Reservation.class);
      Map<Ledger.Slot, Integer> reserved = reserved(c, reservations, usedOnReservedJobs(c, reservations));
      Map<Ledger.Slot, Integer> inbound = Ledger.inTransitTo(inboundTransfers(c, locationId));
      Set<UUID> parts = new LinkedHashSet<>(onHand.keySet());
      for (Map<Ledger.Slot, Integer> m : List.of(reserved, inbound)) {
        m.keySet().stream().filter(s -> s.locationId().equals(locationId)).forEach(s -> parts.add(s.partId()));
      }
      List<VanStockLine> out = new ArrayList<>();
      for (UUID partId : parts) {
        Ledger.Slot slot = new Ledger.Slot(partId, locationId);
        out.add(new VanStockLine(doc(c, EntityTypes.PART, partId, Part.class).orElse(null), partId, locationId,
            onHand.getOrDefault(partId, 0), reserved.getOrDefault(slot, 0), inbound.getOrDefault(slot, 0),
            pendingParts.contains(partId)));
      }
      out.sort(Comparator.comparing(VanStockLine::sku, Comparator.nullsLast(Comparator.naturalOrder())));
      return out;
    });
  }

  /** The movements of the jobs that hold standing reservations: what they used frees what they reserved. */
  private static List<StockMovement> usedOnReservedJobs(Connection c, List<Reservation> reservations)
      throws SQLException {
    Set<UUID> jobs = new LinkedHashSet<>();
    reservations.stream().filter(r -> r.releasedAt() == null).forEach(r -> jobs.add(r.workOrderId()));
    List<StockMovement> out = new ArrayList<>();
    for (UUID job : jobs) {
      out.addAll(children(c, MOVEMENT, "workOrderId", job, StockMovement.class));
    }
    return out;
  }

  /**
   * On-hand per part at a location, the sum of its movements (the device's own pending ones included),
   * by SKU. A part that went below zero is listed with {@link StockOnHand#needsCount()}.
   */
  public List<StockOnHand> onHand(UUID locationId) {
    // read from the running balance the replica's triggers keep beside the movements (migration V250):
    // one row per part number at the location, however many movements it had (docs/benchmarks.md,
    // StockBenchmark); equal to Ledger.onHand over the view's movements (com.fieldops.replica.StockOnHandBalanceProperties)
    return store.query(c -> {
      List<StockOnHand> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT b.part_id, b.quantity, b.pending, p.data FROM view_stock_on_hand b
            LEFT JOIN view_doc p ON p.type = ? AND p.id = b.part_id
           WHERE b.location_id = ?""")) {
        ps.setString(1, EntityTypes.PART);
        ps.setString(2, locationId.toString());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String part = rs.getString(4);
            out.add(new StockOnHand(UUID.fromString(rs.getString(1)), part == null ? null : read(part, Part.class),
                locationId, rs.getInt(2), rs.getInt(3) != 0));
          }
        }
      }
      out.sort(Comparator.comparing(StockOnHand::sku, Comparator.nullsLast(Comparator.naturalOrder())));
      return out;
    });
  }

  /** {@link #onHand(UUID)} of the technician's van; empty if they have none. */
  public List<StockOnHand> vanOnHand(UUID technicianId) {
    Optional<UUID> van = store.query(c -> doc(c, EntityTypes.TECHNICIAN, technicianId, Technician.class)
        .map(Technician::vanStockLocationId));
    return van.map(this::onHand).orElse(List.of());
  }

  /** A warehouse or van this device holds. */
  public Optional<StockLocation> location(UUID id) {
    return store.query(c -> doc(c, EntityTypes.STOCK_LOCATION, id, StockLocation.class));
  }

  /**
   * The part requests this device holds (a technician: their own; an office: its region's), newest
   * first; {@code openOnly} keeps those waiting for a decision.
   */
  public List<PartRequest> partRequests(boolean openOnly) {
    return store.query(c -> all(c, REQUEST, PartRequest.class).stream()
        .filter(r -> !openOnly || r.status().isOpen())
        .sorted(Comparator.comparing(PartRequest::requestedAt).reversed().thenComparing(PartRequest::id))
        .toList());
  }

  /** One part request. */
  public Optional<PartRequest> partRequest(UUID id) {
    return store.query(c -> doc(c, REQUEST, id, PartRequest.class));
  }

  /** A request's history, oldest first: requested, approved or declined, each receipt (who, when, device). */
  public List<PartRequestEvent> partRequestHistory(UUID requestId) {
    return store.query(c -> children(c, REQUEST_EVENT, "partRequestId", requestId, PartRequestEvent.class).stream()
        .sorted(Comparator.comparing(PartRequestEvent::at).thenComparing(PartRequestEvent::kind)).toList());
  }

  /** Reservations of a job (released ones included: see {@code releasedAt}). */
  public List<Reservation> reservations(UUID workOrderId) {
    return store.query(c -> children(c, RESERVATION, "workOrderId", workOrderId, Reservation.class));
  }

  /**
   * Thresholds whose location is below its minimum (available + inbound), most short first;
   * {@code region} null: every location this device holds, else that region's.
   */
  public List<StockThreshold> belowThreshold(String region) {
    return store.query(c -> {
      Planning p = planning(c, region);
      return ReplenishmentPlanner.belowThreshold(p.thresholds, p.available, p.inbound);
    });
  }

  /** What to send where (from the region's warehouse with the most available), for {@link #belowThreshold}. */
  public List<ReplenishmentPlanner.Suggestion> suggestions(String region) {
    return store.query(c -> {
      Planning p = planning(c, region);
      return ReplenishmentPlanner.suggest(p.thresholds, p.available, p.inbound, p.locations);
    });
  }

  /**
   * Every movement of a serialized unit this device holds, oldest first, with the job and machine
   * each concerned (parts used: the job's machine). Across parts: a serial is looked up as typed.
   */
  public List<SerialStep> serialHistory(String serialNumber) {
    return store.query(c -> {
      List<SerialStep> out = new ArrayList<>();
      for (StockMovement m : byText(c, MOVEMENT, "serialNumber", serialNumber.strip(), StockMovement.class)) {
        Part part = doc(c, EntityTypes.PART, m.partId(), Part.class).orElse(null);
        UUID equipment = m.workOrderId() == null ? null
            : doc(c, EntityTypes.WORK_ORDER, m.workOrderId(), WorkOrder.class).map(WorkOrder::equipmentId).orElse(null);
        out.add(new SerialStep(m, part, m.workOrderId(), equipment));
      }
      out.sort(Comparator.comparing((SerialStep s) -> s.movement().occurredAt()).thenComparing(s -> s.movement().id()));
      return out;
    });
  }

  /**
   * The serialized units installed in a machine: used on one of its jobs and not moved since (a
   * return takes one out), with the job that fitted them.
   */
  public List<SerialStep> serialsInstalledIn(UUID equipmentId) {
    return store.query(c -> {
      List<SerialStep> out = new ArrayList<>();
      for (WorkOrder wo : children(c, EntityTypes.WORK_ORDER, "equipmentId", equipmentId, WorkOrder.class)) {
        for (StockMovement m : children(c, MOVEMENT, "workOrderId", wo.id(), StockMovement.class)) {
          if (m.kind() != StockMovementKind.CONSUMPTION || m.serialNumber() == null) {
            continue;
          }
          List<StockMovement> later = byText(c, MOVEMENT, "serialNumber", m.serialNumber(), StockMovement.class).stream()
              .filter(x -> x.partId().equals(m.partId()) && x.occurredAt().isAfter(m.occurredAt())).toList();
          if (later.isEmpty()) {
            out.add(new SerialStep(m, doc(c, EntityTypes.PART, m.partId(), Part.class).orElse(null), wo.id(),
                equipmentId));
          }
        }
      }
      out.sort(Comparator.comparing((SerialStep s) -> s.movement().occurredAt()));
      return out;
    });
  }

  /** A movement of a serialized unit with the job and the machine it concerned (null when none). */
  public record SerialStep(StockMovement movement, Part part, UUID workOrderId, UUID equipmentId) {
    public String serialNumber() {
      return movement.serialNumber();
    }
  }

  // --- reading the ledger -------------------------------------------------------------------------

  private record Planning(List<StockThreshold> thresholds, Map<Ledger.Slot, Integer> available,
      Map<Ledger.Slot, Integer> inbound, Map<UUID, StockLocation> locations) {}

  private Planning planning(Connection c, String region) throws SQLException {
    Map<UUID, StockLocation> locations = new LinkedHashMap<>();
    for (StockLocation l : all(c, EntityTypes.STOCK_LOCATION, StockLocation.class)) {
      locations.put(l.id(), l);
    }
    List<StockThreshold> thresholds = all(c, THRESHOLD, StockThreshold.class).stream()
        .filter(t -> region == null || Optional.ofNullable(locations.get(t.locationId()))
            .map(l -> region.equals(l.region())).orElse(false))
        .toList();
    List<StockMovement> movements = all(c, MOVEMENT, StockMovement.class);
    Map<Ledger.Slot, Integer> available = Availability.available(Ledger.onHand(movements),
        reserved(c, all(c, RESERVATION, Reservation.class), movements));
    return new Planning(thresholds, available, Ledger.inTransitTo(movements), locations);
  }

  private static Map<Ledger.Slot, Integer> reserved(Connection c, List<Reservation> reservations,
      List<StockMovement> movements) throws SQLException {
    Map<UUID, Boolean> finished = new HashMap<>();
    for (Reservation r : reservations) {
      if (!finished.containsKey(r.workOrderId())) {
        finished.put(r.workOrderId(), doc(c, EntityTypes.WORK_ORDER, r.workOrderId(), WorkOrder.class)
            .map(wo -> !wo.status().isOpen()).orElse(false));
      }
    }
    return Availability.reserved(reservations, id -> finished.getOrDefault(id, false), movements);
  }

  /** Transfers addressed to the location, sent halves and their receipts (in transit → anywhere). */
  private static List<StockMovement> inboundTransfers(Connection c, UUID locationId) throws SQLException {
    List<StockMovement> sent = movementsBy(c, "destinationId", locationId);
    List<StockMovement> out = new ArrayList<>(sent);
    for (StockMovement s : sent) {
      movementsBy(c, "transferId", s.id()).stream()
          .filter(m -> !m.id().equals(s.id()) && VirtualLocations.IN_TRANSIT.equals(m.fromLocationId()))
          .forEach(out::add);
    }
    return out;
  }

  /**
   * Movements by a transfer field, through the partial indexes of migration V250: the type is spelled
   * out in the SQL, as the indexes' condition, so SQLite may use them instead of reading every movement.
   */
  private static List<StockMovement> movementsBy(Connection c, String field, UUID value) throws SQLException {
    if (!field.equals("destinationId") && !field.equals("transferId")) {
      throw new IllegalArgumentException(field);
    }
    List<StockMovement> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT data FROM view_doc WHERE type = 'StockMovement'"
        + " AND json_extract(data, '$." + field + "') = ?")) {
      ps.setString(1, value.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          StockMovement m = readOrNull(rs.getString(1), StockMovement.class);
          if (m != null) {
            out.add(m);
          }
        }
      }
    }
    return out;
  }

  private static <T> List<T> children(Connection c, String type, String field, UUID value, Class<T> cls)
      throws SQLException {
    return com.fieldops.replica.store.ViewReads.children(c, type, field, value, cls, new HashSet<>());
  }

  private static <T> List<T> byText(Connection c, String type, String field, String value, Class<T> cls)
      throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT data FROM view_doc WHERE type = ? AND json_extract(data, '$." + field + "') = ?")) {
      ps.setString(1, type);
      ps.setString(2, value);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          T v = readOrNull(rs.getString(1), cls);
          if (v != null) {
            out.add(v);
          }
        }
      }
    }
    return out;
  }

  private static <T> List<T> all(Connection c, String type, Class<T> cls) throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT data FROM view_doc WHERE type = ?")) {
      ps.setString(1, type);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          T v = readOrNull(rs.getString(1), cls);
          if (v != null) {
            out.add(v);
          }
        }
      }
    }
    return out;
  }

  /** The warehouses and vans this device holds: warehouses first, each by name. */
  public List<StockLocation> locations() {
    return store.query(c -> {
      List<StockLocation> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT data FROM view_doc WHERE type = ?")) {
        ps.setString(1, EntityTypes.STOCK_LOCATION);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(read(rs.getString(1), StockLocation.class));
          }
        }
      }
      out.sort(Comparator.comparing(StockLocation::kind).thenComparing(StockLocation::name, String.CASE_INSENSITIVE_ORDER));
      return out;
    });
  }

  /** The low-stock thresholds set at a location (one per part; minimum 0 and target 0 mean none). */
  public List<StockThreshold> thresholds(UUID locationId) {
    return store.query(c -> children(c, THRESHOLD, "locationId", locationId, StockThreshold.class));
  }

  /** The latest {@code limit} movements of one part into or out of a location, newest first. */
  public List<StockMovement> movementsOf(UUID locationId, UUID partId, int limit) {
    return store.query(c -> {
      List<StockMovement> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT data FROM view_doc
           WHERE type = ? AND json_extract(data, '$.partId') = ?
             AND (json_extract(data, '$.fromLocationId') = ? OR json_extract(data, '$.toLocationId') = ?)
           ORDER BY json_extract(data, '$.occurredAt') DESC LIMIT ?""")) {
        ps.setString(1, EntityTypes.STOCK_MOVEMENT);
        ps.setString(2, partId.toString());
        ps.setString(3, locationId.toString());
        ps.setString(4, locationId.toString());
        ps.setInt(5, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(read(rs.getString(1), StockMovement.class));
          }
        }
      }
      return out;
    });
  }

  /** The latest {@code limit} movements into or out of a location, newest first. */
  public List<StockMovement> recentMovements(UUID locationId, int limit) {
    return store.query(c -> {
      List<StockMovement> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT data FROM view_doc
           WHERE type = ? AND (json_extract(data, '$.fromLocationId') = ? OR json_extract(data, '$.toLocationId') = ?)
           ORDER BY json_extract(data, '$.occurredAt') DESC LIMIT ?""")) {
        ps.setString(1, EntityTypes.STOCK_MOVEMENT);
        ps.setString(2, locationId.toString());
        ps.setString(3, locationId.toString());
        ps.setInt(4, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(read(rs.getString(1), StockMovement.class));
          }
        }
      }
      return out;
    });
  }

  /** A part of the catalogue this device holds. */
  public Optional<Part> part(UUID id) {
    return store.query(c -> doc(c, EntityTypes.PART, id, Part.class));
  }

  /**
   * The catalogue part whose SKU is {@code sku} (as a part's label barcode carries it): trimmed and
   * compared without case, since scanners and people type either.
   */
  public Optional<Part> partBySku(String sku) {
    if (sku == null || sku.isBlank()) {
      return Optional.empty();
    }
    return store.query(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT data FROM view_doc WHERE type = ? AND upper(json_extract(data, '$.sku')) = ? LIMIT 1")) {
        ps.setString(1, EntityTypes.PART);
        ps.setString(2, sku.strip().toUpperCase(java.util.Locale.ROOT));
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.ofNullable(readOrNull(rs.getString(1), Part.class)) : Optional.<Part>empty();
        }
      }
    });
  }

  /** Catalogue parts whose SKU or name contains {@code text}, by SKU, at most {@code limit}. */
  public List<Part> searchParts(String text, int limit) {
    String needle = com.fieldops.replica.store.ViewReads.needle(text);
    if (needle.isEmpty()) {
      return List.of();
    }
    return store.query(c -> {
      List<Part> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT data FROM view_doc WHERE type = ?
             AND (lower(json_extract(data, '$.sku')) LIKE ? OR lower(json_extract(data, '$.name')) LIKE ?)
           ORDER BY json_extract(data, '$.sku') LIMIT ?""")) {
        ps.setString(1, EntityTypes.PART);
        ps.setString(2, "%" + needle + "%");
        ps.setString(3, "%" + needle + "%");
        ps.setInt(4, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Part p = readOrNull(rs.getString(1), Part.class);
            if (p != null) {
              out.add(p);
            }
          }
        }
      }
      return out;
    });
  }
}
