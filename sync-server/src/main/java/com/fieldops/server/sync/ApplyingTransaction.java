package com.fieldops.server.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.ChangeOp;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.LookupFields;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.server.storage.ChangeRow;
import com.fieldops.server.storage.EntityColumns;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.StorageException;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.stock.model.StockBalances;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.VirtualLocations;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The state a push batch works on inside its one database transaction: entities read (and locked
 * on PostgreSQL) on first use, written in memory, flushed as one batch, with the change-log rows
 * each write produces. It is the {@link EntityLookup} the mutation functions see, so a mutation
 * sees the effects of the earlier mutations of the same batch.
 */
final class ApplyingTransaction implements EntityLookup, StockBalances {
  private final Connection connection;
  private final EntityStore store;
  private final Map<String, Optional<PendingEntity>> cache = new LinkedHashMap<>();
  private final List<ChangeRow> changes = new ArrayList<>();
  /**
   * Per kind, the ids of the cached entities whose record this transaction has read or written, so
   * {@link #findAllBy} judges those without walking the whole cache: a batch of 500 plan visits holds
   * thousands of entities, and walking them for every lookup made a batch quadratic (docs/benchmarks.md).
   */
  private final Map<String, java.util.Set<UUID>> materialized = new java.util.HashMap<>();
  /**
   * The entity table's key order: type, then id as stored (lower-case hex text, which sorts as the id's
   * two halves compared unsigned; {@link UUID#compareTo} compares them signed).
   */
  private static final java.util.Comparator<StoredEntity> KEY_ORDER = java.util.Comparator.comparing(StoredEntity::type)
      .thenComparing((a, b) -> {
        int high = Long.compareUnsigned(a.id().getMostSignificantBits(), b.id().getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.id().getLeastSignificantBits(), b.id().getLeastSignificantBits());
      });
  /** What {@link #findAllBy} read from the database, per kind, field and value (see there). */
  private final Map<String, List<StoredEntity>> referenced = new java.util.HashMap<>();
  /** Ids looked up in bulk that exist as no entity of any type: no query needed for them. */
  private final java.util.Set<UUID> knownAbsent = new java.util.HashSet<>();

  ApplyingTransaction(Connection connection, EntityStore store) {
    this.connection = connection;
    this.store = store;
  }

  Connection connection() {
    return connection;
  }

  private static String key(String type, UUID id) {
    return type + '/' + id;
  }

  @Override
  public <T> Optional<T> find(Class<T> type, UUID id) {
    if (id == null) {
      return Optional.empty();
    }
    Optional<PendingEntity> e = load(EntityNames.of(type), id);
    if (e.isEmpty()) {
      return Optional.empty();
    }
    PendingEntity p = e.get();
    if (p.value == null) {
      p.value = parse(p.stored.data(), EntityNames.recordType(p.stored.type()).orElse(type));
      materialized(p.stored.type()).add(p.stored.id());
    }
    return type.isInstance(p.value) ? Optional.of(type.cast(p.value)) : Optional.empty();
  }

  /**
   * The stored records of the kind with {@code field = value}, each as this transaction sees it now:
   * a record an earlier mutation of the batch wrote counts with its new state (it may have started
   * or stopped matching), whether or not it has been flushed.
   */
  @Override
  public <T> List<T> findAllBy(Class<T> type, String field, Object value) {
    String name = EntityNames.of(type);
    String text = LookupFields.text(value);
    // The stored rows are read once per (kind, field, value) a transaction: it flushes only at its end,
    // so a second query would find the same rows, and what the batch wrote is judged below anyway. A
    // batch of new jobs asks for the same checklist templates once, not once a job.
    String reference = name + '/' + field + '/' + text;
    List<StoredEntity> rows = referenced.get(reference);
    if (rows == null) {
      try {
        rows = store.findByReference(connection, name, field, text);
      } catch (SQLException e) {
        throw new StorageException("looking up " + name + " by " + field + " failed", e);
      }
      referenced.put(reference, rows);
    }
    java.util.Set<UUID> ids = new java.util.TreeSet<>();
    for (StoredEntity row : rows) {
      cache.putIfAbsent(key(name, row.id()), Optional.of(new PendingEntity(row, null, false)));
      ids.add(row.id());
    }
    ids.addAll(materialized(name)); // written (or read) in this batch: judged on its current state below
    List<T> out = new ArrayList<>();
    for (UUID id : ids) {
      find(type, id).filter(r -> LookupFields.matches(r, field, value)).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Reads (and locks) in one query every entity with one of {@code ids}, so that the mutations of a
   * batch mostly find what they look up in memory: one round trip instead of one per lookup.
   */
  void prefetch(java.util.Collection<UUID> ids) {
    List<UUID> wanted = ids.stream().filter(id -> id != null && !knownAbsent.contains(id)).distinct().toList();
    if (wanted.isEmpty()) {
      return;
    }
    List<StoredEntity> found;
    try {
      found = store.findByIds(connection, wanted, true);
    } catch (SQLException e) {
      throw new StorageException("prefetching entities failed", e);
    }
    java.util.Set<UUID> present = new java.util.HashSet<>();
    for (StoredEntity e : found) {
      present.add(e.id());
      cache.putIfAbsent(key(e.type(), e.id()), Optional.of(new PendingEntity(e, null, false)));
    }
    for (UUID id : wanted) {
      if (!present.contains(id)) {
        knownAbsent.add(id);
      }
    }
  }

  /**
   * Records ids known to be new without asking the database (see PushService#derivedIdsOf). An
   * entity already read or written in this transaction still wins: {@link #load} asks the cache first.
   */
  void assumeAbsent(java.util.Collection<UUID> ids) {
    knownAbsent.addAll(ids);
  }

  Optional<PendingEntity> load(String type, UUID id) {
    String k = key(type, id);
    Optional<PendingEntity> cached = cache.get(k);
    if (cached != null) {
      return cached;
    }
    if (knownAbsent.contains(id)) {
      return Optional.empty();
    }
    Optional<PendingEntity> loaded;
    try {
      loaded = store.find(connection, type, id, true).map(s -> new PendingEntity(s, null, false));
    } catch (SQLException e) {
      throw new StorageException("reading " + k + " failed", e);
    }
    cache.put(k, loaded);
    return loaded;
  }

  /**
   * On hand from the running balance (stock_on_hand, migration V250), which the database moves with each
   * movement flushed, plus the movements this transaction wrote and has not flushed yet (new ones: a
   * movement is never rewritten). A fixed location keeps no balance: its movements are summed.
   */
  @Override
  public int onHand(UUID partId, UUID locationId) {
    long q;
    try {
      q = VirtualLocations.isVirtual(locationId)
          ? new com.fieldops.server.stock.LedgerOnHand(store.dialect()).summed(connection, locationId)
              .getOrDefault(partId, 0L)
          : com.fieldops.server.storage.Jdbc.queryOne(connection,
              "SELECT quantity FROM stock_on_hand WHERE location_id = ? AND part_id = ?", rs -> rs.getLong(1),
              locationId.toString(), partId.toString()).orElse(0L);
    } catch (SQLException e) {
      throw new StorageException("reading on-hand failed", e);
    }
    for (Optional<PendingEntity> e : cache.values()) {
      if (e.isPresent() && e.get().dirty && e.get().value instanceof StockMovement m && m.partId().equals(partId)) {
        q += locationId.equals(m.toLocationId()) ? m.quantity() : 0;
        q -= locationId.equals(m.fromLocationId()) ? m.quantity() : 0;
      }
    }
    return Math.toIntExact(q);
  }

  private final java.util.Map<UUID, Boolean> retired = new java.util.HashMap<>();

  /** Whether a finished job has left its technician's scope (asked only for finished jobs). */
  boolean isRetired(UUID workOrderId) {
    return retired.computeIfAbsent(workOrderId, id -> {
      try {
        return store.isRetired(connection, id);
      } catch (SQLException e) {
        throw new StorageException("reading scope retirement failed", e);
      }
    });
  }

  private java.util.Set<UUID> materialized(String type) {
    return materialized.computeIfAbsent(type, t -> new java.util.HashSet<>());
  }

  /** Records the new state of an entity and returns the previous one (null if new). */
  Object write(Object entity) {
    String type = EntityNames.of(entity);
    UUID id = EntityNames.idOf(entity);
    Optional<PendingEntity> before = load(type, id);
    Object previous = before.isPresent() ? find(EntityNames.recordType(type).orElse(entity.getClass()), id).orElse(null)
        : null;
    long version = before.map(p -> p.stored.version() + 1).orElse(1L);
    String json = Json.write(entity);
    StoredEntity stored = new StoredEntity(type, id, version, json, EntityColumns.of(entity));
    cache.put(key(type, id), Optional.of(new PendingEntity(stored, entity, true)));
    materialized(type).add(id);
    return previous;
  }

  /** The stored form of an entity written or read in this transaction. */
  StoredEntity stored(String type, UUID id) {
    return load(type, id).map(p -> p.stored).orElse(null);
  }

  void addChange(ChangeRow row) {
    changes.add(row);
  }

  void addChange(StoredEntity e, ChangeOp op, com.fieldops.server.storage.Audience audience, UUID mutationId) {
    changes.add(new ChangeRow(e.type(), e.id(), e.version(), op, op == ChangeOp.REMOVE ? null : e.data(), audience,
        mutationId));
  }

  List<ChangeRow> changes() {
    return changes;
  }

  /** Writes pending entities so that SQL queries in this transaction see them. */
  void flush(long nowMillis) {
    List<StoredEntity> dirty = new ArrayList<>();
    List<PendingEntity> movements = new ArrayList<>();
    for (Optional<PendingEntity> e : cache.values()) {
      if (e.isPresent() && e.get().dirty) {
        if (e.get().value instanceof StockMovement) {
          movements.add(e.get());
        } else {
          dirty.add(e.get().stored);
        }
        e.get().dirty = false;
      }
    }
    // in key order: neighbouring records land on the same B-tree pages one after the other instead of
    // at random (a batch of new jobs interleaves work orders, events and visits); on PostgreSQL
    // it is also one locking order for every transaction
    dirty.sort(KEY_ORDER);
    // each movement moves one running balance (stock_on_hand, migration V250); writing them in one
    // order, by location and part, makes two PostgreSQL transactions lock those rows in the same order
    movements.sort(java.util.Comparator.comparing((PendingEntity p) -> balanceKey((StockMovement) p.value)));
    movements.forEach(p -> dirty.add(p.stored));
    try {
      store.upsertAll(connection, dirty, nowMillis);
    } catch (SQLException e) {
      throw new StorageException("writing entities failed", e);
    }
  }

  /** The warehouse or van whose running balance a movement changes, with its part, as one sortable key. */
  private static String balanceKey(StockMovement m) {
    UUID at = m.fromLocationId() != null && !VirtualLocations.isVirtual(m.fromLocationId()) ? m.fromLocationId()
        : m.toLocationId();
    return at + "/" + m.partId();
  }

  EntityStore store() {
    return store;
  }

  private static <T> Object parse(String json, Class<T> type) {
    try {
      return Json.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StorageException("stored " + type.getSimpleName() + " is unreadable", e);
    }
  }
}
