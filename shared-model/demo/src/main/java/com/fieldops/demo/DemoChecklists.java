package com.fieldops.demo;

import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.WorkOrderType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Checklist templates of the demo company, for every region: one per kind of visit that has safety
 * steps, and one per machine model with readings to take (a new job on such a machine gets it).
 * Fixed ids, so every generation (and every server) has the same templates.
 */
final class DemoChecklists {
  private DemoChecklists() {}

  static List<ChecklistTemplate> templates() {
    return List.of(
        template("preventive", "Preventive maintenance", WorkOrderType.PREVENTIVE, null,
            item("preventive", 1, "Isolate and lock out the supply", true, ChecklistAnswerKind.NONE, null),
            item("preventive", 2, "Check for leaks, wear and damage", true, ChecklistAnswerKind.NOTE, null),
            item("preventive", 3, "Test run after the service", true, ChecklistAnswerKind.NONE, null)),
        template("breakdown", "Breakdown safety", WorkOrderType.BREAKDOWN, null,
            item("breakdown", 1, "Make the area safe", true, ChecklistAnswerKind.NONE, null),
            item("breakdown", 2, "Tell the customer what failed", false, ChecklistAnswerKind.NONE, null)),
        template("vitocrossal", "Vitocrossal 300 readings", null, "Vitocrossal 300",
            item("vitocrossal", 1, "Flue gas CO2", true, ChecklistAnswerKind.VALUE, "%"),
            item("vitocrossal", 2, "Gas inlet pressure", true, ChecklistAnswerKind.VALUE, "mbar"),
            item("vitocrossal", 3, "Condensate trap cleaned", false, ChecklistAnswerKind.NONE, null)),
        template("30rb", "Carrier 30RB readings", null, "30RB-262",
            item("30rb", 1, "Suction pressure circuit 1", true, ChecklistAnswerKind.VALUE, "bar"),
            item("30rb", 2, "Discharge pressure circuit 1", true, ChecklistAnswerKind.VALUE, "bar"),
            item("30rb", 3, "Oil level and colour", false, ChecklistAnswerKind.NOTE, null)),
        template("gen2", "Otis Gen2 safety test", null, "Gen2",
            item("gen2", 1, "Safety gear test passed", true, ChecklistAnswerKind.NONE, null),
            item("gen2", 2, "Door closing force", true, ChecklistAnswerKind.VALUE, "N")));
  }

  private static ChecklistTemplate template(String key, String title, WorkOrderType type, String model,
      ChecklistTemplate.Item... items) {
    return new ChecklistTemplate(id("template:" + key), title, type, model, null, List.of(items), true);
  }

  private static ChecklistTemplate.Item item(String template, int n, String text, boolean required,
      ChecklistAnswerKind kind, String unit) {
    return new ChecklistTemplate.Item(id("item:" + template + ":" + n), text, required, kind, unit);
  }

  private static UUID id(String key) {
    return UUID.nameUUIDFromBytes(("demo-checklist-" + key).getBytes(StandardCharsets.UTF_8));
  }
}
