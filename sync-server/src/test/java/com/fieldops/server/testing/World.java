package com.fieldops.server.testing;

import com.fieldops.common.Ids;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentStatus;
import com.fieldops.stock.model.Part;
import com.fieldops.identity.model.Technician;
import com.fieldops.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * A small fixed world for API tests: regions north and south, one customer with a site in each,
 * two technicians in the north and one in the south, a part in the catalogue.
 */
public final class World {
  public final UUID customer = Ids.newId();
  public final UUID otherCustomer = Ids.newId();
  public final UUID northSite = Ids.newId();
  public final UUID southSite = Ids.newId();
  public final UUID otherNorthSite = Ids.newId();
  public final UUID contact = Ids.newId();
  public final UUID equipment = Ids.newId();
  public final UUID tech1 = Ids.newId();
  public final UUID tech2 = Ids.newId();
  public final UUID tech3 = Ids.newId();
  public final UUID part = Ids.newId();

  public static Address address(String city) {
    return new Address("1 Main Street", "10001", city, null, "US");
  }

  public Customer customerRecord(UUID id, String name) {
    return new Customer(id, name, null, "ops@example.com", null, address("Springfield"), "en");
  }

  public Site site(UUID id, UUID customerId, String region) {
    return new Site(id, customerId, "Site " + region, address("Springfield"), ZoneId.of("America/New_York"), null,
        region, null);
  }

  public Technician technician(UUID id, String name, String region) {
    return new Technician(id, null, name, name.toLowerCase().replace(' ', '.') + "@example.com", null, region,
        List.of(), null, ZoneId.of("America/New_York"), List.of(), List.of(), true);
  }

  public List<Object> records() {
    return List.of(
        customerRecord(customer, "Acme Corp"),
        customerRecord(otherCustomer, "Globex"),
        site(northSite, customer, "north"),
        site(southSite, customer, "south"),
        site(otherNorthSite, otherCustomer, "north"),
        new Contact(contact, customer, northSite, "Pat Contact", "pat@example.com", null, null, "en"),
        new Equipment(equipment, customer, northSite, "SN-1", "Carrier", "X1", "HVAC", LocalDate.of(2024, 1, 1), null,
            EquipmentStatus.ACTIVE),
        technician(tech1, "Tess One", "north"),
        technician(tech2, "Tom Two", "north"),
        technician(tech3, "Tia Three", "south"),
        new Part(part, "FLT-100", "Filter", null, false, new Money(new BigDecimal("5.00"), Currency.getInstance("USD")),
            new Money(new BigDecimal("9.00"), Currency.getInstance("USD")), "pcs"));
  }
}
