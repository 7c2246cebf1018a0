package com.fieldops.equipment.replica;

import static com.fieldops.replica.store.ViewReads.children;
import static com.fieldops.replica.store.ViewReads.doc;

import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.ViewReads;
import com.fieldops.replica.view.EquipmentRow;
import com.fieldops.replica.view.EquipmentView;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Equipment in the replica: one machine with its service history. Machines are written with the
 * replica's generic {@code record} ({@code UpsertEquipment}); the history comes from the server
 * (completing a job writes it).
 */
public final class EquipmentReplica {
  private final LocalStore store;

  public EquipmentReplica(LocalStore store) {
    this.store = store;
  }

  /** A machine with its service history, oldest first; empty if not in the local scope. */
  public Optional<EquipmentView> equipment(UUID equipmentId) {
    return store.query(c -> {
      Optional<Equipment> e = doc(c, EntityTypes.EQUIPMENT, equipmentId, Equipment.class);
      if (e.isEmpty()) {
        return Optional.empty();
      }
      Set<UUID> pending = new HashSet<>();
      List<EquipmentEvent> history = children(c, EntityTypes.EQUIPMENT_EVENT, "equipmentId", equipmentId,
          EquipmentEvent.class, pending);
      history.sort(Comparator.comparing(EquipmentEvent::occurredAt).thenComparing(EquipmentEvent::id));
      return Optional.of(new EquipmentView(e.get(), history, ViewReads.isPending(c, EntityTypes.EQUIPMENT, equipmentId)));
    });
  }

  /**
   * Machines in scope with their customer and site, by customer, site and serial; {@code search}
   * (may be blank: all) matches, case-insensitively, the customer, the site (name or city), the
   * maker, the model or the serial number.
   */
  public List<EquipmentRow> machines(String search) {
    String like = "%" + ViewReads.needle(search) + "%";
    return store.query(c -> {
      List<EquipmentRow> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT e.data, e.pending, json_extract(k.data, '$.name'), json_extract(s.data, '$.name'),
                 json_extract(s.data, '$.address.city')
            FROM view_doc e
            LEFT JOIN view_doc k ON k.type = 'Customer' AND k.id = json_extract(e.data, '$.customerId')
            LEFT JOIN view_doc s ON s.type = 'Site' AND s.id = json_extract(e.data, '$.siteId')
           WHERE e.type = 'Equipment'
             AND (lower(coalesce(json_extract(k.data, '$.name'), '')) LIKE ?1
                  OR lower(coalesce(json_extract(s.data, '$.name'), '')) LIKE ?1
                  OR lower(coalesce(json_extract(s.data, '$.address.city'), '')) LIKE ?1
                  OR lower(coalesce(json_extract(e.data, '$.manufacturer'), '')) LIKE ?1
                  OR lower(coalesce(json_extract(e.data, '$.model'), '')) LIKE ?1
                  OR lower(coalesce(json_extract(e.data, '$.serialNumber'), '')) LIKE ?1)""")) {
        ps.setString(1, like);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new EquipmentRow(ViewReads.read(rs.getString(1), Equipment.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getInt(2) != 0));
          }
        }
      }
      out.sort(Comparator.comparing((EquipmentRow r) -> r.customerName() == null ? "" : r.customerName(),
              String.CASE_INSENSITIVE_ORDER)
          .thenComparing(r -> r.siteName() == null ? "" : r.siteName(), String.CASE_INSENSITIVE_ORDER)
          .thenComparing(r -> r.equipment().serialNumber()));
      return out;
    });
  }

  /** The contracts that may cover the machine: its own and its customer's, oldest first. */
  public List<ServiceContract> contracts(UUID equipmentId) {
    return store.query(c -> {
      Optional<Equipment> e = doc(c, EntityTypes.EQUIPMENT, equipmentId, Equipment.class);
      if (e.isEmpty()) {
        return List.of();
      }
      List<ServiceContract> all = children(c, EntityTypes.SERVICE_CONTRACT, "customerId", e.get().customerId(),
          ServiceContract.class, new HashSet<>());
      List<ServiceContract> out = new ArrayList<>(all.stream().filter(k -> k.scope() == ContractScope.CUSTOMER
          || equipmentId.equals(k.equipmentId())).toList());
      out.sort(Comparator.comparing(ServiceContract::validFrom));
      return out;
    });
  }
}
