package com.fieldops.desktop.masterdata;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.ui.Choice;
import com.fieldops.identity.model.Skill;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.WorkingHours;
import com.fieldops.identity.mutation.UpsertTechnician;
import com.fieldops.replica.Replica;
import com.fieldops.stock.model.StockLocation;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A technician as an administrator edits them: name, contact, region, van, time zone, skills with
 * levels 1–5, and the weekly working hours (per weekday, e.g. {@code 08:00-12:00, 13:00-17:00};
 * blank = off). Absences and the sign-in user stay as they are. Recorded as {@code UpsertTechnician}.
 */
public final class TechnicianForm extends RecordForm {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  /** One skill row: its code and level. */
  public static final class SkillEntry {
    private final StringProperty code = new SimpleStringProperty("");
    private final IntegerProperty level = new SimpleIntegerProperty(3);

    SkillEntry(String code, int level) {
      this.code.set(code);
      this.level.set(level);
    }

    public StringProperty codeProperty() {
      return code;
    }

    public IntegerProperty levelProperty() {
      return level;
    }
  }

  private final Technician existing;
  private final ObservableList<SkillEntry> skills = FXCollections.observableArrayList();
  private final Map<DayOfWeek, StringProperty> hours = new EnumMap<>(DayOfWeek.class);

  public TechnicianForm(ConsoleContext ctx, Replica replica, Technician existing, List<StockLocation> vans) {
    super(ctx, replica, existing.id());
    this.existing = existing;
    text("name", "masterdata.technician.name", existing.name());
    text("phone", "masterdata.phone", existing.phone());
    text("email", "masterdata.email", existing.email());
    text("region", "masterdata.region", existing.region());
    List<Choice<String>> vanChoices = new ArrayList<>();
    vanChoices.add(new Choice<>("", msg.text("masterdata.technician.noVan")));
    for (StockLocation l : vans) {
      if (l instanceof StockLocation.Van v) {
        // the plate only where the name does not already say it
        String plate = v.licensePlate() == null || v.name().contains(v.licensePlate()) ? "" : "  ·  " + v.licensePlate();
        vanChoices.add(new Choice<>(v.id().toString(), v.name() + plate));
      }
    }
    choice("vanStockLocationId", "masterdata.technician.van",
        existing.vanStockLocationId() == null ? "" : existing.vanStockLocationId().toString(), vanChoices);
    choice("timeZone", "masterdata.site.timeZone", existing.timeZone() == null ? ctx.clock().getZone().getId()
        : existing.timeZone().getId(), ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")
        && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().map(z -> new Choice<>(z, z)).toList());
    messageSlot("skills");
    messageSlot("weeklyHours");
    existing.skills().forEach(s -> skills.add(new SkillEntry(s.code(), s.level())));
    for (DayOfWeek d : DayOfWeek.values()) {
      hours.put(d, new SimpleStringProperty(existing.weeklyHours().stream().filter(h -> h.day() == d)
          .sorted(java.util.Comparator.comparing(WorkingHours::start))
          .map(h -> HH_MM.format(h.start()) + "-" + HH_MM.format(h.end())).collect(Collectors.joining(", "))));
    }
  }

  public void addSkill() {
    skills.add(new SkillEntry("", 3));
  }

  public void removeSkill(SkillEntry s) {
    skills.remove(s);
  }

  public ObservableList<SkillEntry> skills() {
    return skills;
  }

  /** What is typed for {@code day}: shifts as "08:00-17:00", separated by commas; blank = off. */
  public StringProperty hours(DayOfWeek day) {
    return hours.get(day);
  }

  /** The weekday's name in the console's language. */
  public String dayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, msg.locale());
  }

  @Override
  protected String fieldOf(String field) {
    // a list's messages go under the list: "skills[1].level" under the skills
    if (field.startsWith("skills")) {
      return "skills";
    }
    return field.startsWith("weeklyHours") ? "weeklyHours" : field;
  }

  @Override
  public String kind() {
    return "technician";
  }

  @Override
  protected Object build() {
    ZoneId zone = null;
    try {
      zone = value("timeZone") == null ? null : ZoneId.of(value("timeZone"));
    } catch (DateTimeException e) {
      zone = null;
    }
    String van = value("vanStockLocationId");
    List<Skill> skillList = skills.stream().map(s -> new Skill(s.codeProperty().get() == null ? null
        : s.codeProperty().get().strip().toUpperCase(Locale.ROOT), s.levelProperty().get())).toList();
    return new Technician(id, existing.userId(), value("name"), value("email"), value("phone"), value("region"), skillList,
        van == null ? null : UUID.fromString(van), zone, weeklyHours(), existing.absences(), existing.active());
  }

  private List<WorkingHours> weeklyHours() {
    List<WorkingHours> out = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      String text = hours.get(d).get();
      if (text == null || text.isBlank()) {
        continue;
      }
      for (String shift : text.split(",")) {
        String[] ends = shift.strip().split("\\s*[-–]\\s*");
        try {
          if (ends.length != 2) {
            throw new DateTimeParseException(shift, shift, 0);
          }
          out.add(new WorkingHours(d, LocalTime.parse(ends[0].strip(), HH_MM), LocalTime.parse(ends[1].strip(), HH_MM)));
        } catch (DateTimeParseException e) {
          unreadable("weeklyHours", msg.text("masterdata.technician.hours.invalid", dayName(d), shift.strip()));
          return out;
        }
      }
    }
    return out;
  }

  @Override
  protected Object payload(Object record) {
    return new UpsertTechnician((Technician) record);
  }
}
