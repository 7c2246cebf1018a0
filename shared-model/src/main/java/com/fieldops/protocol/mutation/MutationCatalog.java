package com.fieldops.protocol.mutation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every mutation type the system understands: the one place to register a new one. */
public final class MutationCatalog {
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

  private MutationCatalog() {}

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
