package com.fieldops.desktop.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.workorder.model.Priority;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A change arriving while the dispatcher edits: their entries stay, the rest follows, clashes are named. */
class FormValuesTest {
  static FormValues form(Priority priority, String problem, String resolution) {
    Map<String, Object> v = new HashMap<>();
    FormValues.FIELDS.forEach(f -> v.put(f, ""));
    v.put("priority", priority);
    v.put("problem", problem);
    v.put("resolution", resolution);
    return new FormValues(v);
  }

  @Test
  void whatWasTypedStaysAndWhatWasNotTouchedFollowsTheJob() {
    FormValues shown = form(Priority.P2, "Leak", "");
    FormValues typed = form(Priority.P2, "Leak", "Sealed the valve");
    FormValues fresh = form(Priority.P1, "Leak under the sink", "");

    FormValues kept = typed.keepingEdits(shown, fresh);

    assertThat(kept.values()).containsEntry("resolution", "Sealed the valve")
        .containsEntry("priority", Priority.P1).containsEntry("problem", "Leak under the sink");
    assertThat(typed.overtakenEdits(shown, fresh)).as("nobody else touched the resolution").isEmpty();
  }

  @Test
  void anEditOvertakenByAnotherChangeIsNamedUnlessBothSaidTheSame() {
    FormValues shown = form(Priority.P2, "Leak", "");
    FormValues typed = form(Priority.P2, "Leak", "Sealed the valve");

    assertThat(typed.overtakenEdits(shown, form(Priority.P2, "Leak", "Cleaned the filter")))
        .containsExactly("resolution");
    assertThat(typed.overtakenEdits(shown, form(Priority.P2, "Leak", "Sealed the valve"))).isEmpty();
  }
}
