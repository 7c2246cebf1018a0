package com.fieldops.replica;

import com.fieldops.customer.replica.CustomerReplica;
import com.fieldops.equipment.replica.EquipmentReplica;
import com.fieldops.identity.replica.IdentityReplica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.report.replica.ReportReplica;
import com.fieldops.sla.replica.SlaReplica;
import com.fieldops.stock.replica.StockReplica;
import com.fieldops.workorder.replica.WorkOrderReplica;
import java.util.Set;
import java.util.UUID;

/**
 * One user's replica on one device: per feature, the queries over the local view and the commands
 * that record mutations ({@link #workOrders()}, {@link #customers()}...); any registered mutation
 * through {@link #record(UUID, Object)}; change listeners; the sync engine's controls and status.
 *
 * <p>Thread-safe. Queries and commands touch only the local SQLite file (no network) and return
 * quickly; for a dispatcher's 100k-work-order scope run list queries off the UI thread. All network
 * work runs on the replica's own background threads; listeners are called on a replica thread,
 * never on the caller's.
 */
public interface Replica extends SyncControl, AutoCloseable {

  /** Work-order lists, the detail view, and the commands that make a work order and its history. */
  WorkOrderReplica workOrders();

  /** A job's photos: taken offline, kept on the device, uploaded when there is signal. */
  com.fieldops.workorder.replica.JobPhotos photos();

  /** Customer search and the customer's 360° view. */
  CustomerReplica customers();

  /** A machine with its service history. */
  EquipmentReplica equipment();

  /** Van stock. */
  StockReplica stock();

  /** What goes on a service report. */
  ReportReplica reports();

  /** SLA clocks and policies. */
  SlaReplica sla();

  /** The signed-in user, technicians, a technician's day. */
  IdentityReplica identity();

  /** The billing export of completed jobs with their costs, saved to a file (a job's costs: {@link #workOrders()}). */
  com.fieldops.costs.replica.CostsReplica costs();

  /**
   * Records any registered mutation: {@code payload} is the type's payload record (the type is its
   * simple name, as on the wire). Checked against the local view with the server's rules, written to
   * the outbox with its local effect, pushed later; a new mutation type needs nothing here.
   */
  CommandOutcome record(UUID entityId, Object payload);

  /**
   * User administration (admins) and the master-data CSV import (office staff): server calls that
   * are not synced records, made with this replica's session. Null when the replica has no server.
   */
  com.fieldops.replica.sync.AdminApi admin();

  /**
   * Records any mutation type the server knows by name: {@code payload} is the type's payload record or
   * a {@code JsonNode} (e.g. from a form that edits JSON).
   */
  CommandOutcome record(String mutationType, UUID entityId, Object payload);

  /**
   * Calls {@code listener} (on a replica thread) after local data of the given entity types
   * changed, by a command of this user or by a pull. Empty {@code entityTypes} = every type.
   * See {@link com.fieldops.replica.store.EntityTypes} for the names.
   */
  Subscription onDataChanged(Set<String> entityTypes, DataChangeListener listener);

  /** Stops the sync engine and closes the local database. Pending mutations stay in the outbox. */
  @Override
  void close();
}
