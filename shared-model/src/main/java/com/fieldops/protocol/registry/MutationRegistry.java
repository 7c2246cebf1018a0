package com.fieldops.protocol.registry;

import com.fieldops.customer.mutation.UpsertContact;
import com.fieldops.customer.mutation.UpsertCustomer;
import com.fieldops.customer.mutation.UpsertSite;
import com.fieldops.equipment.mutation.UpsertEquipment;
import com.fieldops.identity.mutation.UpsertTechnician;
import com.fieldops.protocol.mutation.MasterDataMutations;
import com.fieldops.protocol.mutation.MutationHandler;
import com.fieldops.protocol.mutation.MutationType;
import com.fieldops.sla.mutation.SetDefaultSlaPolicy;
import com.fieldops.sla.mutation.SlaPolicyMutations;
import com.fieldops.sla.mutation.UpsertSlaPolicy;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.mutation.AddTimeEntry;
import com.fieldops.workorder.mutation.AssignWorkOrder;
import com.fieldops.workorder.mutation.ChangeWorkOrderStatus;
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

/** Every mutation type the system understands: the one place to register a new one. */
public final class MutationRegistry {
  private static final Map<String, MutationType<?>> TYPES = new LinkedHashMap<>();

  static {
    register(CreateWorkOrder.class, WorkOrderMutations::create);
    register(EditWorkOrder.class, WorkOrderEdits::edit);
    register(AssignWorkOrder.class, WorkOrderMutations::assign);
    register(ReassignWorkOrder.class, WorkOrderMutations::reassign);
    register(ChangeWorkOrderStatus.class, WorkOrderMutations::changeStatus);
    register(AddNote.class, HistoryMutations::addNote);
    register(AddTimeEntry.class, HistoryMutations::addTimeEntry);
    register(UpsertCustomer.class, MasterDataMutations::upsertCustomer);
    register(UpsertSite.class, MasterDataMutations::upsertSite);
    register(UpsertContact.class, MasterDataMutations::upsertContact);
    register(UpsertEquipment.class, MasterDataMutations::upsertEquipment);
    register(UpsertTechnician.class, MasterDataMutations::upsertTechnician);
    register(UpsertSlaPolicy.class, SlaPolicyMutations::upsertPolicy);
    register(SetDefaultSlaPolicy.class, SlaPolicyMutations::setDefault);
  }

  private MutationRegistry() {}

  /** The wire name is the payload record's simple name, e.g. {@code AddNote}. */
  private static <P> void register(Class<P> payloadType, MutationHandler<P> handler) {
    String name = payloadType.getSimpleName();
    if (TYPES.put(name, new MutationType<>(name, payloadType, handler)) != null) {
      throw new IllegalStateException("mutation type registered twice: " + name);
    }
  }

  public static Optional<MutationType<?>> byName(String name) {
    return Optional.ofNullable(name == null ? null : TYPES.get(name));
  }

  public static Set<String> names() {
    return Collections.unmodifiableSet(TYPES.keySet());
  }
}
