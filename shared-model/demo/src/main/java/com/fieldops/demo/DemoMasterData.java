package com.fieldops.demo;

import com.fieldops.common.Money;
import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.equipment.model.EquipmentEventKind;
import com.fieldops.equipment.model.EquipmentStatus;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.identity.model.Absence;
import com.fieldops.identity.model.AbsenceKind;
import com.fieldops.identity.model.Skill;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.WorkingHours;
import com.fieldops.identity.model.Role;
import com.fieldops.identity.model.User;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Builds the master data of a {@link DemoWorld}: places, people, machines, parts, contracts, users. */
final class DemoMasterData {
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final String[] JOB_TITLES = {"Facility manager", "Technical director", "Site manager",
      "Maintenance lead", "Office manager", "Operations manager"};
  private static final String[] JOB_TITLES_CN = {"设施经理", "技术总监", "现场经理", "维修主管", "行政经理", "运营经理"};
  private static final String[] BRANDS = {"Danfoss", "Siemens", "ABB", "Grundfos", "Schneider", "Honeywell", "Carel",
      "Emerson"};

  private final DemoRandom r;
  private final DemoSize size;
  private final DemoWorld w;
  /** Master data "exists since" this instant: ids and install dates are before it. */
  private final Instant since;

  DemoMasterData(DemoRandom r, DemoSize size, DemoWorld world) {
    this.r = r;
    this.size = size;
    this.w = world;
    this.since = world.now.minus(Duration.ofDays(3 * 365));
  }

  void build() {
    policies();
    users();
    customers();
    equipment();
    contracts();
    warehouses();
    technicians();
    parts();
  }

  private UUID id() {
    return r.id(since.plusSeconds(r.between(0, 86_400 * 30)));
  }

  private void policies() {
    w.slaPolicies.addAll(DemoSlaPolicies.all(LocalDate.ofInstant(w.now, ZoneOffset.UTC)));
    w.slaPolicies.forEach(p -> w.policyById.put(p.id(), p));
  }

  /** Office users; technician and customer users are added with their technician/contact. */
  private void users() {
    w.users.add(new User(id(), DemoUsers.ADMIN, "Alex Admin", "admin@fieldops.example", Role.ADMIN, null, null, null,
        "en", true));
    for (DemoRegion region : DemoRegion.values()) {
      DemoNames.Person person = DemoNames.person(r, region);
      User dispatcher = new User(id(), DemoUsers.dispatcherFor(region), person.name(),
          person.handle() + "@fieldops.example", Role.DISPATCHER, null, null, region.code,
          region.chinese() ? "zh-CN" : "en", true);
      w.users.add(dispatcher);
      w.dispatcherOf.put(region, dispatcher);
    }
    w.users.add(new User(id(), DemoUsers.SUPERVISOR, "Sam Supervisor", "supervisor@fieldops.example", Role.SUPERVISOR,
        null, null, DemoRegion.EU_CENTRAL.code, "en", true));
  }

  private void customers() {
    List<DemoRegion> regionOfCustomer = share(size.customers());
    for (int i = 0; i < size.customers(); i++) {
      DemoRegion region = regionOfCustomer.get(i);
      DemoRegion.City city = r.pick(region.cities);
      DemoNames.Company company = DemoNames.company(r, region, city);
      Customer customer = new Customer(id(), company.name(), String.format("C-%06d", i + 1), "service@" + company.domain(),
          DemoNames.phone(r, city), DemoNames.address(r, region, city), region.language());
      w.customers.add(customer);
      w.customerById.put(customer.id(), customer);
      int siteCount = 1 + r.weighted(55, 30, 15);
      for (int s = 0; s < siteCount; s++) {
        DemoRegion.City siteCity = s == 0 ? city : r.pick(region.cities);
        Site site = new Site(id(), customer.id(), DemoNames.siteName(r, region, siteCity),
            s == 0 ? customer.billingAddress() : DemoNames.address(r, region, siteCity), region.zone,
            DemoNames.near(r, siteCity), region.code, r.chance(0.3) ? accessNote(region) : null);
        w.sites.add(site);
        w.regionOfSite.put(site.id(), region);
        List<Contact> siteContacts = new ArrayList<>();
        int contactCount = 1 + (r.chance(0.4) ? 1 : 0);
        for (int c = 0; c < contactCount; c++) {
          DemoNames.Person person = DemoNames.person(r, region);
          siteContacts.add(new Contact(id(), customer.id(), site.id(), person.name(), person.handle() + "@" + company.domain(),
              r.chance(0.8) ? DemoNames.mobile(r, region) : null,
              region.chinese() ? r.pick(JOB_TITLES_CN) : r.pick(JOB_TITLES), region.language()));
        }
        w.contacts.addAll(siteContacts);
        w.contactsBySite.put(site.id(), siteContacts);
      }
    }
    // the demo customer user: the first contact of the first customer
    Contact first = w.contacts.get(0);
    w.users.add(new User(id(), DemoUsers.CUSTOMER, first.name(), first.email(), Role.CUSTOMER, null, first.id(), null,
        first.language(), true));
  }

  private static String accessNote(DemoRegion region) {
    return region.chinese() ? "请在门卫处登记，出示工作证" : "Report to the gatehouse, photo ID required";
  }

  private void equipment() {
    int[] counter = new int[1];
    for (int i = 0; i < size.equipment(); i++) {
      Site site = w.sites.get(r.between(0, w.sites.size() - 1));
      DemoCatalog.EquipmentKind kind = r.pick(DemoCatalog.EQUIPMENT);
      String[] makerModel = r.pick(kind.models()).split("\\|");
      LocalDate today = LocalDate.ofInstant(w.now, ZoneOffset.UTC);
      LocalDate installed = today.minusDays(r.between(60, 12 * 365));
      LocalDate warrantyEnd = installed.plusYears(kind.warrantyYears() + (r.chance(0.2) ? 3 : 0));
      EquipmentStatus status = switch (r.weighted(94, 4, 2)) {
        case 0 -> EquipmentStatus.ACTIVE;
        case 1 -> EquipmentStatus.OUT_OF_SERVICE;
        default -> EquipmentStatus.DECOMMISSIONED;
      };
      Instant installedAt = installed.atTime(10, 0).atZone(site.timeZone()).toInstant();
      Equipment e = new Equipment(r.id(installedAt), site.customerId(), site.id(),
          String.format("%s-%d-%05d", kind.serialPrefix(), installed.getYear(), ++counter[0]), makerModel[0],
          makerModel[1], kind.category(), installed, warrantyEnd, status);
      w.equipment.add(e);
      w.equipmentBySite.computeIfAbsent(site.id(), k -> new ArrayList<>()).add(e);
      w.equipmentEvents.add(new EquipmentEvent(r.id(installedAt), e.id(), null, EquipmentEventKind.INSTALLED, installedAt,
          "Installed " + e.manufacturer() + " " + e.model(), null));
      if (status == EquipmentStatus.ACTIVE && r.chance(0.25)) {
        int interval = r.pick(new Integer[] {91, 182, 365});
        LocalDate lastDone = today.minusDays(r.between(0, interval - 1));
        LocalDate start = lastDone.isBefore(installed) ? lastDone : installed;
        w.maintenancePlans.add(DemoPlans.forMachine(id(), e, site, kind.category(), interval / 30,
            r.chance(0.7) ? Priority.P3 : Priority.P4, kind.skill(), lastDone.plusDays(interval), interval == 365));
      }
    }
  }

  private void contracts() {
    LocalDate today = LocalDate.ofInstant(w.now, ZoneOffset.UTC);
    int seq = 0;
    for (Customer customer : w.customers) {
      if (!r.chance(0.75)) {
        continue;
      }
      DemoRegion region = regionOfCustomer(customer);
      UUID policy = r.chance(0.2) ? DemoSlaPolicies.GOLD_24X7 : DemoSlaPolicies.standardFor(region);
      LocalDate from = today.minusDays(r.between(30, 900));
      w.contracts.add(new ServiceContract(id(), String.format("SC-%d-%04d", from.getYear(), ++seq), customer.id(),
          ContractScope.CUSTOMER, null, policy, from, from.plusYears(3).minusDays(1)));
      w.policyOfCustomer.put(customer.id(), policy);
    }
    for (Equipment e : w.equipment) {
      if (e.status() == EquipmentStatus.ACTIVE && r.chance(0.04)) {
        LocalDate from = today.minusDays(r.between(30, 700));
        w.contracts.add(new ServiceContract(id(), String.format("SC-%d-%04d", from.getYear(), ++seq), e.customerId(),
            ContractScope.EQUIPMENT, e.id(), DemoSlaPolicies.GOLD_24X7, from, from.plusYears(2).minusDays(1)));
        w.policyOfEquipment.put(e.id(), DemoSlaPolicies.GOLD_24X7);
      }
    }
  }

  private DemoRegion regionOfCustomer(Customer customer) {
    for (DemoRegion region : DemoRegion.values()) {
      if (region.country.equals(customer.billingAddress().countryCode())
          && region.cities.stream().anyMatch(c -> c.name().equals(customer.billingAddress().city()))) {
        return region;
      }
    }
    throw new IllegalStateException("no region for " + customer.name());
  }

  private void warehouses() {
    for (DemoRegion region : DemoRegion.values()) {
      DemoRegion.City city = region.cities.get(0);
      StockLocation.Warehouse warehouse = new StockLocation.Warehouse(id(),
          region.chinese() ? city.name().replace("市", "") + "中心仓库" : "Central warehouse " + city.name(), region.code,
          DemoNames.address(r, region, city));
      w.stockLocations.add(warehouse);
      w.warehouseOf.put(region, warehouse);
    }
  }

  private void technicians() {
    List<DemoRegion> regionOfTechnician = share(size.technicians());
    for (int i = 0; i < size.technicians(); i++) {
      DemoRegion region = regionOfTechnician.get(i);
      DemoNames.Person person = DemoNames.person(r, region);
      UUID technicianId = id();
      String plate = plate(region, i);
      StockLocation.Van van = new StockLocation.Van(id(), "Van " + plate, region.code, technicianId, plate);
      w.stockLocations.add(van);
      User user = new User(id(), DemoUsers.technician(i + 1), person.name(), person.handle() + "@fieldops.example",
          Role.TECHNICIAN, technicianId, null, region.code, region.chinese() ? "zh-CN" : "en", true);
      w.users.add(user);
      Technician technician = new Technician(technicianId, user.id(), person.name(), user.email(),
          DemoNames.mobile(r, region), region.code, skills(), van.id(), region.zone, hours(), absences(), true);
      w.technicians.add(technician);
      w.techniciansByRegion.computeIfAbsent(region, k -> new ArrayList<>()).add(technician);
      w.userOfTechnician.put(technicianId, user);
    }
  }

  private List<Skill> skills() {
    List<String> all = new ArrayList<>(DemoCatalog.SKILLS);
    List<Skill> skills = new ArrayList<>();
    int count = r.between(2, 4);
    for (int k = 0; k < count; k++) {
      String code = all.remove(r.between(0, all.size() - 1));
      skills.add(new Skill(code, k == 0 ? r.between(3, 5) : r.between(1, 4)));
    }
    return skills;
  }

  private List<WorkingHours> hours() {
    LocalTime start = r.chance(0.5) ? LocalTime.of(8, 0) : LocalTime.of(7, 0);
    List<WorkingHours> hours = new ArrayList<>();
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY)) {
      hours.add(new WorkingHours(day, start, start.plusHours(9)));
    }
    if (r.chance(0.2)) {
      hours.add(new WorkingHours(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
    }
    return hours;
  }

  private List<Absence> absences() {
    LocalDate today = LocalDate.ofInstant(w.now, ZoneOffset.UTC);
    List<Absence> absences = new ArrayList<>();
    if (r.chance(0.6)) {
      LocalDate from = today.plusDays(r.between(-60, 90));
      absences.add(new Absence(from, from.plusDays(r.between(4, 13)), AbsenceKind.VACATION));
    }
    if (r.chance(0.2)) {
      LocalDate from = today.plusDays(r.between(-20, 10));
      absences.add(new Absence(from, from.plusDays(r.between(0, 2)), r.chance(0.7) ? AbsenceKind.SICK : AbsenceKind.TRAINING));
    }
    return absences;
  }

  private String plate(DemoRegion region, int i) {
    return switch (region.country) {
      case "DE" -> "B-FO " + (1000 + i);
      case "GB" -> "FO" + (21 + i % 5) + " " + r.letters(3);
      case "US" -> "FO-" + (7000 + i);
      default -> "沪A·F" + r.digits(4);
    };
  }

  private void parts() {
    int variants = DemoCatalog.PART_FAMILIES.stream().mapToInt(f -> f.sizes().size()).sum();
    int[] perPrefix = new int[DemoCatalog.PART_FAMILIES.size()];
    for (int i = 0; i < size.parts(); i++) {
      int variant = i % variants;
      String brand = BRANDS[(i / variants) % BRANDS.length];
      int familyIndex = 0;
      while (variant >= DemoCatalog.PART_FAMILIES.get(familyIndex).sizes().size()) {
        variant -= DemoCatalog.PART_FAMILIES.get(familyIndex).sizes().size();
        familyIndex++;
      }
      DemoCatalog.PartFamily family = DemoCatalog.PART_FAMILIES.get(familyIndex);
      String sizeText = family.sizes().get(variant);
      BigDecimal cost = BigDecimal.valueOf(family.minCost() + r.unit() * (family.maxCost() - family.minCost()))
          .setScale(2, RoundingMode.HALF_UP);
      BigDecimal price = cost.multiply(BigDecimal.valueOf(1.4 + r.unit() * 0.6)).setScale(2, RoundingMode.HALF_UP);
      String sku = String.format("%s-%04d", family.prefix(), ++perPrefix[familyIndex]);
      w.parts.add(new Part(id(), sku, family.name().replace("{0}", sizeText) + " (" + brand + ")",
          brand + " " + family.name().replace("{0}", sizeText), family.serialized(), new Money(cost, EUR),
          new Money(price, EUR), family.unit()));
    }
  }

  /** Regions in proportion to their share, deterministic (largest remainder), in region order. */
  private static List<DemoRegion> share(int count) {
    List<DemoRegion> out = new ArrayList<>();
    double carried = 0;
    for (DemoRegion region : DemoRegion.values()) {
      carried += region.share * count;
      while (out.size() < Math.round(carried)) {
        out.add(region);
      }
    }
    while (out.size() < count) {
      out.add(DemoRegion.EU_CENTRAL);
    }
    return out;
  }
}
