package com.fieldops.replica;

import com.fieldops.replica.view.Customer360;
import com.fieldops.replica.view.CustomerRow;
import com.fieldops.replica.view.TechnicianDay;
import com.fieldops.replica.view.TechnicianRow;
import com.fieldops.replica.view.VanStockLine;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read side: the local view (server state + pending mutations replayed on top). Each call reads
 * one consistent snapshot of the local database; nothing here touches the network.
 */
public interface ReplicaQueries {

  /** Open work orders (not completed, closed or cancelled) in scope, most urgent SLA due first; no due last. */
  List<WorkOrderRow> openWorkOrders();

  /** Like {@link #openWorkOrders()} but at most {@code limit} rows (a first screen of a big scope). */
  List<WorkOrderRow> openWorkOrders(int limit);

  /**
   * Work orders completed at or after {@code since} (completed or already closed), most recent
   * first, at most {@code limit}; each with its final SLA clocks, time to resolve and visits.
   */
  List<com.fieldops.replica.view.CompletedWorkOrder> recentlyCompleted(java.time.Instant since, int limit);

  /**
   * Work orders in scope, open or finished, whose number, problem, customer or site contains
   * {@code text} (case-insensitive; blank finds nothing), newest first, at most {@code limit}: for
   * the call about last week's visit.
   */
  List<WorkOrderRow> findWorkOrders(String text, int limit);

  /** A work order with its history, notes, time, parts and attachments; empty if not in the local scope. */
  Optional<WorkOrderDetail> workOrder(UUID workOrderId);

  /**
   * Customers in scope, by name; {@code search} (may be blank: all) matches, case-insensitively, the
   * name or account number, a site's name, street or city, a contact's name, the customer's or a
   * contact's phone (by its digits, however written), or an equipment serial number.
   */
  List<CustomerRow> customers(String search);

  /** A customer's 360° view: sites, contacts, equipment with history, contracts, open and past work orders. */
  Optional<Customer360> customer(UUID customerId);

  /** Technicians in scope, by name. */
  List<TechnicianRow> technicians();

  /**
   * A technician's day: the work orders scheduled on {@code day} (in the technician's zone) plus
   * their open unscheduled ones, in schedule order.
   */
  TechnicianDay technicianDay(UUID technicianId, LocalDate day);

  /** The stock in a technician's van, by part SKU. */
  List<VanStockLine> vanStock(UUID technicianId);

  /** The signed-in user this replica belongs to, once known (after the first sign-in). */
  Optional<ReplicaUser> user();
}
