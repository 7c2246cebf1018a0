package com.fieldops.customer.imports;

import static com.fieldops.customer.imports.ImportColumn.*;

import com.fieldops.common.validation.MessageBundles;
import com.fieldops.common.validation.Validators;
import com.fieldops.common.validation.Violation;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Customer;
import com.fieldops.common.GeoPoint;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentStatus;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a customers-sites-equipment CSV file into the records it describes, checking every row by
 * the records' own rules (Bean Validation, the same the mutations run) before anything is written.
 * Pure: the server runs it, then applies the records as mutations in one transaction; a console may
 * run it to show the problems before sending. Every problem is collected, by row and column.
 *
 * <p>Ids are derived from the file's keys (account number, site name, manufacturer and serial), so
 * importing the same file again replaces the same records instead of doubling them.
 */
public final class MasterDataImport {
  private MasterDataImport() {}

  /** One record to write, with the row that first described it. */
  public record Planned(Object record, int row) {}

  /** The outcome of reading a file: problems (nothing may be imported) or the records in write order. */
  public record Plan(List<ImportProblem> problems, List<Planned> records, int rows) {
    public boolean ok() {
      return problems.isEmpty();
    }

    public ImportResult result() {
      int c = 0;
      int s = 0;
      int e = 0;
      for (Planned p : records) {
        if (p.record() instanceof Customer) {
          c++;
        } else if (p.record() instanceof Site) {
          s++;
        } else {
          e++;
        }
      }
      return new ImportResult(rows, c, s, e);
    }
  }

  public static Plan read(byte[] file, Locale locale) {
    List<ImportProblem> problems = new ArrayList<>();
    Optional<String> text = CsvText.utf8(file);
    if (text.isEmpty()) {
      problems.add(new ImportProblem(0, null, text(locale, "import.encoding")));
      return new Plan(problems, List.of(), 0);
    }
    List<CsvText.Line> lines = CsvText.records(text.get());
    if (lines.size() < 2) {
      problems.add(new ImportProblem(0, null, text(locale, "import.empty")));
      return new Plan(problems, List.of(), 0);
    }
    if (lines.size() - 1 > MAX_ROWS) {
      problems.add(new ImportProblem(0, null, text(locale, "import.tooManyRows", MAX_ROWS)));
      return new Plan(problems, List.of(), 0);
    }
    CsvText.Line header = lines.get(0);
    Map<ImportColumn, Integer> at = new EnumMap<>(ImportColumn.class);
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip();
      Optional<ImportColumn> col = ImportColumn.byHeader(name);
      if (col.isEmpty()) {
        problems.add(new ImportProblem(header.number(), name, text(locale, "import.column.unknown", name)));
      } else if (at.putIfAbsent(col.get(), i) != null) {
        problems.add(new ImportProblem(header.number(), name, text(locale, "import.column.duplicate", name)));
      }
    }
    for (ImportColumn c : ImportColumn.values()) {
      if (c.required() && !at.containsKey(c)) {
        problems.add(new ImportProblem(header.number(), c.header(), text(locale, "import.column.missing", c.header())));
      }
    }
    if (!problems.isEmpty()) {
      return new Plan(problems, List.of(), lines.size() - 1);
    }
    Reader reader = new Reader(at, header.fields().size(), locale, problems);
    for (CsvText.Line line : lines.subList(1, lines.size())) {
      reader.row(line);
    }
    if (!problems.isEmpty()) {
      // a customer whose billing address is its site's breaks the same rule as the site: say it once
      return new Plan(List.copyOf(new java.util.LinkedHashSet<>(problems)), List.of(), lines.size() - 1);
    }
    return new Plan(List.of(), reader.planned(), lines.size() - 1);
  }

  /**
   * The column a field path of a written record names, e.g. {@code address.city} of a site is
   * {@code site_city}; null when the path is not one of the file's columns.
   */
  public static ImportColumn columnOf(Object record, String path, boolean billingFromSite) {
    if (path == null) {
      return null;
    }
    String p = path.replaceFirst("^(customer|site|equipment)\\.", "");
    if (record instanceof Customer) {
      if (p.startsWith("billingAddress")) {
        String rest = p.replaceFirst("^billingAddress\\.?", "");
        return billingFromSite ? siteAddress(rest) : switch (rest) {
          case "postalCode" -> BILLING_POSTAL_CODE;
          case "city" -> BILLING_CITY;
          case "countryCode" -> BILLING_COUNTRY;
          default -> BILLING_STREET;
        };
      }
      return switch (p) {
        case "name" -> CUSTOMER_NAME;
        case "accountNumber", "id" -> CUSTOMER_ACCOUNT;
        case "email" -> CUSTOMER_EMAIL;
        case "phone" -> CUSTOMER_PHONE;
        case "language" -> CUSTOMER_LANGUAGE;
        default -> null;
      };
    }
    if (record instanceof Site) {
      if (p.startsWith("address")) {
        return siteAddress(p.replaceFirst("^address\\.?", ""));
      }
      return switch (p) {
        case "name", "id" -> SITE_NAME;
        case "timeZone" -> SITE_TIME_ZONE;
        case "region" -> SITE_REGION;
        case "accessNotes" -> SITE_ACCESS_NOTES;
        case "location.latitude" -> SITE_LATITUDE;
        case "location.longitude", "location" -> SITE_LONGITUDE;
        case "customerId" -> CUSTOMER_ACCOUNT;
        default -> null;
      };
    }
    if (record instanceof Equipment) {
      return switch (p) {
        case "serialNumber", "id" -> EQUIPMENT_SERIAL;
        case "manufacturer" -> EQUIPMENT_MANUFACTURER;
        case "model" -> EQUIPMENT_MODEL;
        case "category" -> EQUIPMENT_CATEGORY;
        case "installDate" -> EQUIPMENT_INSTALL_DATE;
        case "warrantyEnd" -> EQUIPMENT_WARRANTY_END;
        case "siteId" -> SITE_NAME;
        case "customerId" -> CUSTOMER_ACCOUNT;
        default -> null;
      };
    }
    return null;
  }

  private static ImportColumn siteAddress(String rest) {
    return switch (rest) {
      case "postalCode" -> SITE_POSTAL_CODE;
      case "city" -> SITE_CITY;
      case "countryCode" -> SITE_COUNTRY;
      default -> SITE_STREET;
    };
  }

  static String text(Locale locale, String key, Object... args) {
    return MessageBundles.format(locale, key, args);
  }

  static UUID idOf(String kind, String... keys) {
    return UUID.nameUUIDFromBytes(("fieldops-import:" + kind + ":" + String.join("\u0000", keys))
        .getBytes(StandardCharsets.UTF_8));
  }

  /** Reads rows one by one, keeping the first description of each customer and site. */
  private static final class Reader {
    private static final List<ImportColumn> CUSTOMER_COLUMNS = List.of(CUSTOMER_NAME, CUSTOMER_EMAIL, CUSTOMER_PHONE,
        CUSTOMER_LANGUAGE, BILLING_STREET, BILLING_POSTAL_CODE, BILLING_CITY, BILLING_COUNTRY);
    private static final List<ImportColumn> SITE_COLUMNS = List.of(SITE_STREET, SITE_POSTAL_CODE, SITE_CITY,
        SITE_COUNTRY, SITE_TIME_ZONE, SITE_REGION, SITE_LATITUDE, SITE_LONGITUDE, SITE_ACCESS_NOTES);

    private final Map<ImportColumn, Integer> at;
    private final int width;
    private final Locale locale;
    private final List<ImportProblem> problems;
    private final Map<UUID, Seen> customers = new LinkedHashMap<>();
    private final Map<UUID, Seen> sites = new LinkedHashMap<>();
    private final Map<UUID, Seen> equipment = new LinkedHashMap<>();

    /** A record with the row and raw cells it was first described by. */
    private record Seen(Object record, int row, Map<ImportColumn, String> cells) {}

    Reader(Map<ImportColumn, Integer> at, int width, Locale locale, List<ImportProblem> problems) {
      this.at = at;
      this.width = width;
      this.locale = locale;
      this.problems = problems;
    }

    List<Planned> planned() {
      List<Planned> out = new ArrayList<>();
      for (Map<UUID, Seen> kind : List.of(customers, sites, equipment)) {
        kind.values().forEach(s -> out.add(new Planned(s.record(), s.row())));
      }
      return out;
    }

    private String cell(CsvText.Line line, ImportColumn c) {
      Integer i = at.get(c);
      if (i == null || i >= line.fields().size()) {
        return null;
      }
      String v = line.fields().get(i).strip();
      return v.isEmpty() ? null : v;
    }

    private void problem(int row, ImportColumn c, String key, Object... args) {
      problems.add(new ImportProblem(row, c == null ? null : c.header(), text(locale, key, args)));
    }

    void row(CsvText.Line line) {
      int row = line.number();
      if (line.fields().size() != width) {
        problem(row, null, "import.row.width", line.fields().size(), width);
        return;
      }
      int before = problems.size();
      String account = cell(line, CUSTOMER_ACCOUNT);
      String siteName = cell(line, SITE_NAME);
      if (account == null) {
        problem(row, CUSTOMER_ACCOUNT, "import.cell.required", CUSTOMER_ACCOUNT.header());
      }
      if (siteName == null) {
        problem(row, SITE_NAME, "import.cell.required", SITE_NAME.header());
      }
      ZoneId zone = zone(line, row);
      GeoPoint location = location(line, row);
      LocalDate installDate = date(line, row, EQUIPMENT_INSTALL_DATE);
      LocalDate warrantyEnd = date(line, row, EQUIPMENT_WARRANTY_END);
      if (problems.size() > before || account == null || siteName == null) {
        return;
      }
      UUID customerId = idOf("customer", account);
      UUID siteId = idOf("site", account, siteName);
      Address siteAddress = new Address(cell(line, SITE_STREET), cell(line, SITE_POSTAL_CODE), cell(line, SITE_CITY),
          null, upper(cell(line, SITE_COUNTRY)));
      boolean billingFromSite = cell(line, BILLING_STREET) == null && cell(line, BILLING_CITY) == null
          && cell(line, BILLING_COUNTRY) == null && cell(line, BILLING_POSTAL_CODE) == null;
      Address billing = billingFromSite ? siteAddress : new Address(cell(line, BILLING_STREET),
          cell(line, BILLING_POSTAL_CODE), cell(line, BILLING_CITY), null, upper(cell(line, BILLING_COUNTRY)));
      Customer customer = new Customer(customerId, cell(line, CUSTOMER_NAME), account, cell(line, CUSTOMER_EMAIL),
          cell(line, CUSTOMER_PHONE), billing, cell(line, CUSTOMER_LANGUAGE));
      Site site = new Site(siteId, customerId, siteName, siteAddress, zone, location, cell(line, SITE_REGION),
          cell(line, SITE_ACCESS_NOTES));
      keep(customers, customer, row, line, CUSTOMER_COLUMNS, billingFromSite, "import.row.customerDiffers");
      keep(sites, site, row, line, SITE_COLUMNS, false, "import.row.siteDiffers");
      String serial = cell(line, EQUIPMENT_SERIAL);
      boolean anyMachine = serial != null || cell(line, EQUIPMENT_MANUFACTURER) != null
          || cell(line, EQUIPMENT_MODEL) != null || cell(line, EQUIPMENT_CATEGORY) != null || installDate != null
          || warrantyEnd != null;
      if (!anyMachine) {
        return;
      }
      String manufacturer = cell(line, EQUIPMENT_MANUFACTURER);
      UUID machineId = idOf("equipment", account, String.valueOf(manufacturer), String.valueOf(serial));
      Equipment machine = new Equipment(machineId, customerId, siteId, serial, manufacturer,
          cell(line, EQUIPMENT_MODEL), cell(line, EQUIPMENT_CATEGORY), installDate, warrantyEnd,
          EquipmentStatus.ACTIVE);
      if (equipment.containsKey(machineId)) {
        problem(row, EQUIPMENT_SERIAL, "import.row.machineTwice", serial, equipment.get(machineId).row());
        return;
      }
      if (valid(machine, row, false)) {
        equipment.put(machineId, new Seen(machine, row, Map.of()));
      }
    }

    /** The first row of a customer or site is checked and kept; later rows must say the same. */
    private void keep(Map<UUID, Seen> seen, Object record, int row, CsvText.Line line, List<ImportColumn> columns,
        boolean billingFromSite, String differsKey) {
      Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
      for (ImportColumn c : columns) {
        String v = cell(line, c);
        if (v != null) {
          cells.put(c, v);
        }
      }
      UUID id = record instanceof Customer c ? c.id() : ((Site) record).id();
      Seen first = seen.get(id);
      if (first == null) {
        // an invalid first row is reported once; later rows of the same record are not held against it
        seen.put(id, new Seen(valid(record, row, billingFromSite) ? record : null, row, cells));
        return;
      }
      for (ImportColumn c : columns) {
        if (!java.util.Objects.equals(first.cells().get(c), cells.get(c))) {
          problem(row, c, differsKey, c.header(), first.row());
        }
      }
    }

    private boolean valid(Object record, int row, boolean billingFromSite) {
      List<Violation> violations = Validators.validate(record, locale);
      for (Violation v : violations) {
        ImportColumn c = columnOf(record, v.field(), billingFromSite);
        problems.add(new ImportProblem(row, c == null ? null : c.header(), v.message()));
      }
      return violations.isEmpty();
    }

    private ZoneId zone(CsvText.Line line, int row) {
      String v = cell(line, SITE_TIME_ZONE);
      if (v == null) {
        return null; // reported by the site's own rule
      }
      try {
        return ZoneId.of(v);
      } catch (DateTimeException e) {
        problem(row, SITE_TIME_ZONE, "import.timeZone", v);
        return null;
      }
    }

    private GeoPoint location(CsvText.Line line, int row) {
      String lat = cell(line, SITE_LATITUDE);
      String lon = cell(line, SITE_LONGITUDE);
      if (lat == null && lon == null) {
        return null;
      }
      Double a = number(lat, row, SITE_LATITUDE);
      Double b = number(lon, row, SITE_LONGITUDE);
      return a == null || b == null ? null : new GeoPoint(a, b);
    }

    private Double number(String v, int row, ImportColumn c) {
      if (v == null) {
        problem(row, c, "import.cell.required", c.header());
        return null;
      }
      if (!v.matches("[+-]?\\d{1,3}(\\.\\d{1,12})?")) {
        problem(row, c, "import.number", v);
        return null;
      }
      return Double.valueOf(v);
    }

    private LocalDate date(CsvText.Line line, int row, ImportColumn c) {
      String v = cell(line, c);
      if (v == null) {
        return null;
      }
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        problem(row, c, "import.date", v);
        return null;
      }
    }

    private static String upper(String s) {
      return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
  }
}
