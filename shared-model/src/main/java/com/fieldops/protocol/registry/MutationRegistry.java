package com.fieldops.protocol.registry;

import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Site;
import com.fieldops.customer.mutation.CustomerMutations;
import com.fieldops.customer.mutation.UpsertContact;
import com.fieldops.customer.mutation.UpsertCustomer;
import com.fieldops.customer.mutation.UpsertSite;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlannedVisit;
import com.fieldops.equipment.mutation.EquipmentMutations;
import com.fieldops.equipment.mutation.GeneratePlannedVisit;
import com.fieldops.equipment.mutation.PlanMutations;
import com.fieldops.equipment.mutation.RecordMeterReading;
import com.fieldops.equipment.mutation.UpsertEquipment;
import com.fieldops.equipment.mutation.UpsertMaintenancePlan;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.User;
import com.fieldops.identity.mutation.TechnicianMutations;
import com.fieldops.identity.mutation.UpsertTechnician;
import com.fieldops.protocol.mutation.MutationHandler;
import com.fieldops.protocol.mutation.MutationType;
import com.fieldops.report.model.Feedback;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.mutation.ServiceReportMutations;
import com.fieldops.report.mutation.SignServiceReport;
import com.fieldops.sla.DefaultSlaPolicy;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.sla.mutation.SetDefaultSlaPolicy;
import com.fieldops.sla.mutation.ContractMutations;
import com.fieldops.sla.mutation.SlaPolicyMutations;
import com.fieldops.sla.mutation.UpsertServiceContract;
import com.fieldops.sla.mutation.UpsertSlaPolicy;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.PartRequestEvent;
import com.fieldops.stock.model.Reservation;
import com.fieldops.stock.model.SerialUnit;
import com.fieldops.stock.model.StockThreshold;
import com.fieldops.stock.model.StockLevel;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.mutation.AdjustStockCount;
import com.fieldops.stock.mutation.ApprovePartRequest;
import com.fieldops.stock.mutation.DeclinePartRequest;
import com.fieldops.stock.mutation.PartRequestMutations;
import com.fieldops.stock.mutation.ReleaseReservation;
import com.fieldops.stock.mutation.RequestParts;
import com.fieldops.stock.mutation.ReserveParts;
import com.fieldops.stock.mutation.SetStockThreshold;
import com.fieldops.stock.mutation.StockPlanningMutations;
import com.fieldops.stock.mutation.ConsumePart;
import com.fieldops.stock.mutation.ReceiveStock;
import com.fieldops.stock.mutation.ReceiveTransfer;
import com.fieldops.stock.mutation.StockMutations;
import com.fieldops.stock.mutation.TransferStock;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.mutation.AddAttachment;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.mutation.AttachmentMutations;
import com.fieldops.workorder.mutation.AddTimeEntry;
import com.fieldops.workorder.mutation.AssignWorkOrder;
import com.fieldops.workorder.mutation.ChangeWorkOrderStatus;
import com.fieldops.workorder.mutation.Checklists;
import com.fieldops.workorder.mutation.CompleteWorkOrder;
import com.fieldops.workorder.mutation.TickChecklistItem;
import com.fieldops.workorder.mutation.UpsertChecklistTemplate;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.workorder.mutation.EditWorkOrder;
import com.fieldops.workorder.mutation.HistoryMutations;
import com.fieldops.workorder.mutation.ReassignWorkOrder;
import com.fieldops.workorder.mutation.WorkOrderEdits;
import com.fieldops.workorder.mutation.WorkOrderMutations;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one registry of what the sync protocol carries: every entity kind of the change log and
 * every mutation type. The server, the replica and the apps read their lists from here
 * ({@link EntityNames}, the replica's entity types, the server's history kinds); nobody keeps a
 * list of names of their own.
 *
 * <p>Adding a mutation: its payload record and pure function in the feature's {@code mutation}
 * package, one {@code mutation(...)} line below, its texts (validation and rejection keys) in the
 * bundles, English and Chinese, and its type and payload schema in the server's OpenAPI document
 * (checked by OpenApiDocumentTest) and a template in the server's MutationInputContract. The replica records ({@code Replica.record}) and replays it
 * generically; the server applies it generically. Walked through in docs/how-to/add-a-mutation.md.
 */
public final class MutationRegistry {
  private static final Map<String, Class<?>> ENTITIES = new LinkedHashMap<>();
  private static final Set<String> HISTORY = new java.util.LinkedHashSet<>();
  private static final Map<String, MutationType<?>> TYPES = new LinkedHashMap<>();

  static {
    // Entity kinds: the record's simple name is its change-log name. history = appended once and
    // never edited: its first change-log row does not copy the document (docs/decisions/0010).
    entity(WorkOrder.class);
    history(WorkOrderEvent.class);
    history(Note.class);
    history(TimeEntry.class);
    history(PartUsage.class);
    history(Attachment.class);
    entity(Checklist.class);
    entity(ChecklistTemplate.class);
    entity(Customer.class);
    entity(Site.class);
    entity(Contact.class);
    entity(ServiceContract.class);
    entity(Equipment.class);
    history(EquipmentEvent.class);
    entity(MaintenancePlan.class);
    history(PlannedVisit.class);
    entity(Technician.class);
    entity(User.class);
    entity(Part.class);
    entity(StockLocation.class);
    entity(StockLevel.class);
    history(StockMovement.class);
    entity(PartRequest.class);
    history(PartRequestEvent.class);
    entity(Reservation.class);
    entity(StockThreshold.class);
    entity(SerialUnit.class);
    entity(ServiceReport.class);
    entity(Feedback.class);
    entity(SlaPolicy.class);
    entity(DefaultSlaPolicy.class);

    // Mutation types: wire name, payload, the entity its envelope's entityId names, pure function.
    mutation("CreateWorkOrder", CreateWorkOrder.class, WorkOrder.class, WorkOrderMutations::create);
    mutation("EditWorkOrder", EditWorkOrder.class, WorkOrder.class, WorkOrderEdits::edit);
    mutation("AssignWorkOrder", AssignWorkOrder.class, WorkOrder.class, WorkOrderMutations::assign);
    mutation("ReassignWorkOrder", ReassignWorkOrder.class, WorkOrder.class, WorkOrderMutations::reassign);
    mutation("ChangeWorkOrderStatus", ChangeWorkOrderStatus.class, WorkOrder.class, WorkOrderMutations::changeStatus);
    mutation("CompleteWorkOrder", CompleteWorkOrder.class, WorkOrder.class, WorkOrderMutations::complete);
    mutation("UpsertChecklistTemplate", UpsertChecklistTemplate.class, ChecklistTemplate.class, Checklists::upsertTemplate);
    mutation("TickChecklistItem", TickChecklistItem.class, Checklist.class, Checklists::tick);
    mutation("AddNote", AddNote.class, WorkOrder.class, HistoryMutations::addNote);
    mutation("AddAttachment", AddAttachment.class, WorkOrder.class, AttachmentMutations::addAttachment);
    mutation("AddTimeEntry", AddTimeEntry.class, WorkOrder.class, HistoryMutations::addTimeEntry);
    mutation("UpsertCustomer", UpsertCustomer.class, Customer.class, CustomerMutations::upsertCustomer);
    mutation("UpsertSite", UpsertSite.class, Site.class, CustomerMutations::upsertSite);
    mutation("UpsertContact", UpsertContact.class, Contact.class, CustomerMutations::upsertContact);
    mutation("UpsertServiceContract", UpsertServiceContract.class, ServiceContract.class,
        ContractMutations::upsertServiceContract);
    mutation("UpsertEquipment", UpsertEquipment.class, Equipment.class, EquipmentMutations::upsertEquipment);
    mutation("RecordMeterReading", RecordMeterReading.class, Equipment.class, EquipmentMutations::recordMeterReading);
    mutation("UpsertMaintenancePlan", UpsertMaintenancePlan.class, MaintenancePlan.class, PlanMutations::upsertPlan);
    mutation("GeneratePlannedVisit", GeneratePlannedVisit.class, WorkOrder.class, PlanMutations::generateVisit);
    mutation("UpsertTechnician", UpsertTechnician.class, Technician.class, TechnicianMutations::upsertTechnician);
    mutation("UpsertSlaPolicy", UpsertSlaPolicy.class, SlaPolicy.class, SlaPolicyMutations::upsertPolicy);
    mutation("SetDefaultSlaPolicy", SetDefaultSlaPolicy.class, DefaultSlaPolicy.class, SlaPolicyMutations::setDefault);
    mutation("ReceiveStock", ReceiveStock.class, StockMovement.class, StockMutations::receiveStock);
    mutation("TransferStock", TransferStock.class, StockMovement.class, StockMutations::transferStock);
    mutation("ReceiveTransfer", ReceiveTransfer.class, StockMovement.class, StockMutations::receiveTransfer);
    mutation("AdjustStockCount", AdjustStockCount.class, StockMovement.class, StockMutations::adjustStockCount);
    mutation("ConsumePart", ConsumePart.class, WorkOrder.class, StockMutations::consumePart);
    mutation("SignServiceReport", SignServiceReport.class, ServiceReport.class, ServiceReportMutations::signServiceReport);
    mutation("RequestParts", RequestParts.class, PartRequest.class, PartRequestMutations::requestParts);
    mutation("ApprovePartRequest", ApprovePartRequest.class, PartRequest.class, PartRequestMutations::approvePartRequest);
    mutation("DeclinePartRequest", DeclinePartRequest.class, PartRequest.class, PartRequestMutations::declinePartRequest);
    mutation("ReserveParts", ReserveParts.class, Reservation.class, StockPlanningMutations::reserveParts);
    mutation("ReleaseReservation", ReleaseReservation.class, Reservation.class, StockPlanningMutations::releaseReservation);
    mutation("SetStockThreshold", SetStockThreshold.class, StockThreshold.class, StockPlanningMutations::setStockThreshold);
  }

  private MutationRegistry() {}

  private static void entity(Class<?> record) {
    if (ENTITIES.put(record.getSimpleName(), record) != null) {
      throw new IllegalStateException("entity kind registered twice: " + record.getSimpleName());
    }
  }

  private static void history(Class<?> record) {
    entity(record);
    HISTORY.add(record.getSimpleName());
  }

  /** The wire name is the payload record's simple name, e.g. {@code AddNote}: checked here. */
  private static <P> void mutation(String name, Class<P> payloadType, Class<?> entity, MutationHandler<P> handler) {
    if (!name.equals(payloadType.getSimpleName())) {
      throw new IllegalStateException("mutation " + name + " must be named after its payload " + payloadType);
    }
    if (!ENTITIES.containsValue(entity)) {
      throw new IllegalStateException("mutation " + name + " names an unregistered entity kind " + entity);
    }
    if (TYPES.put(name, new MutationType<>(name, payloadType, entity.getSimpleName(), handler)) != null) {
      throw new IllegalStateException("mutation type registered twice: " + name);
    }
  }

  public static Optional<MutationType<?>> byName(String name) {
    return Optional.ofNullable(name == null ? null : TYPES.get(name));
  }

  public static Set<String> names() {
    return Collections.unmodifiableSet(TYPES.keySet());
  }

  /** The change-log entity kinds, by name, in registration order. */
  static Map<String, Class<?>> entities() {
    return Collections.unmodifiableMap(ENTITIES);
  }

  /** The change-log names of history kinds (appended once, never edited). */
  static Set<String> history() {
    return Collections.unmodifiableSet(HISTORY);
  }
}
