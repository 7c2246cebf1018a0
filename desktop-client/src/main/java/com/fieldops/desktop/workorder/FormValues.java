package com.fieldops.desktop.workorder;

import com.fieldops.workorder.model.WorkOrder;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The editable fields as the form shows them. Comparing what was shown, what is typed now and
 * what the job holds now tells which fields the dispatcher has edited (keep those) and which of
 * those someone else changed meanwhile (say so: saving will replace their change).
 */
record FormValues(Map<String, Object> values) {
  static final Map<String, String> LABEL_KEYS = Map.of("priority", "workorder.field.priority", "type",
      "workorder.field.type", "problem", "workorder.field.problem", "requiredSkill", "dispatch.filter.skill",
      "scheduledStart", "workorder.field.scheduledStart", "scheduledEnd", "workorder.field.scheduledEnd",
      "resolution", "workorder.field.resolution");
  static final List<String> FIELDS = List.of("priority", "type", "problem", "requiredSkill", "scheduledStart",
      "scheduledEnd", "resolution");

  static FormValues of(WorkOrder w, ZoneId zone) {
    Map<String, Object> v = new HashMap<>();
    v.put("priority", w.priority());
    v.put("type", w.type());
    v.put("problem", nz(w.problem()));
    v.put("requiredSkill", nz(w.requiredSkill()));
    v.put("scheduledStart", typed(w.scheduledStart(), zone));
    v.put("scheduledEnd", typed(w.scheduledEnd(), zone));
    v.put("resolution", nz(w.resolution()));
    return new FormValues(v);
  }

  boolean edited(String field, FormValues shown) {
    return !Objects.equals(values.get(field), shown.values.get(field));
  }

  FormValues keepingEdits(FormValues shown, FormValues fresh) {
    Map<String, Object> v = new HashMap<>();
    FIELDS.forEach(f -> v.put(f, edited(f, shown) ? values.get(f) : fresh.values.get(f)));
    return new FormValues(v);
  }

  List<String> overtakenEdits(FormValues shown, FormValues fresh) {
    return FIELDS.stream().filter(f -> edited(f, shown) && fresh.edited(f, shown)
        && !Objects.equals(values.get(f), fresh.values.get(f))).toList();
  }

  /** An instant as the form's field shows it, in the site's zone. */
  private static String typed(java.time.Instant t, ZoneId zone) {
    return t == null ? "" : WorkOrderViewModel.INPUT.format(t.atZone(zone));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
