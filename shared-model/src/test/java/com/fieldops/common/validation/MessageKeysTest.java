package com.fieldops.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.fixtures.MessageKeys;
import com.fieldops.identity.model.Role;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.sla.ClockState;
import com.fieldops.sla.Milestone;
import com.fieldops.sla.SlaValidation;
import com.fieldops.workorder.workflow.Transition;
import com.fieldops.workorder.workflow.WorkflowText;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No person reads a raw key: shared-model's bundles (validation, protocol, SLA, workflow)
 * have the same keys in English and Simplified Chinese, and every key the code names exists in both.
 */
class MessageKeysTest {
  static final Path RESOURCES = Path.of("src/main/resources");
  static final Path SOURCES = Path.of("src/main/java");
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  static final List<Locale> BOTH = List.of(Locale.ENGLISH, ZH);
  /**
   * Literals shaped like keys that are not: field paths of upserted records named in rejections
   * ({@code site.region}), a replica setting ({@code sync.lastSuccess}), a bundle's own name.
   */
  static final Pattern NOT_KEYS = Pattern.compile(
      "(contact|contract|customer|equipment|site|technician)\\.(id|customerId|siteId|region|equipmentId|slaPolicyId)|plan\\.(id|equipmentId|interval|checklistTemplateId)|sync\\.lastSuccess|.*\\.[A-Z]\\w*Messages");

  @Test
  void everyBundleHasTheSameKeysInEnglishAndChinese() {
    List<MessageKeys.Bundle> bundles = MessageKeys.bundles(RESOURCES);
    assertThat(bundles).extracting(MessageKeys.Bundle::name).contains("ValidationMessages",
        "com/fieldops/protocol/ProtocolMessages", "com/fieldops/sla/SlaMessages",
        "com/fieldops/workflow/WorkflowMessages");
    assertThat(bundles.stream().flatMap(b -> MessageKeys.mismatches(b).stream()).toList()).isEmpty();
  }

  @Test
  void everyKeyTheCodeNamesExistsInEnglishAndChinese() {
    List<MessageKeys.Bundle> bundles = MessageKeys.bundles(RESOURCES);
    Set<String> english = MessageKeys.keys(bundles, true);
    Map<String, String> named = MessageKeys.keysNamedIn(SOURCES, english, NOT_KEYS);
    assertThat(named).as("the scan sees the keys the code names")
        .containsKeys("protocol.rejected.sameAssignee", "json.malformed", "workorder.schedule.incomplete");
    assertThat(MessageKeys.missing(named, english, MessageKeys.keys(bundles, false))).isEmpty();
  }

  @Test
  void everyValidationAnnotationsMessageIsInTheValidationBundlesInEnglishAndChinese() {
    Map<String, String> named = MessageKeys.annotationKeysIn(SOURCES);
    assertThat(named).containsKey("protocol.assign.technician.required");
    assertThat(MessageKeys.missing(named, MessageKeys.keys(MessageBundles.forLocale(Locale.ENGLISH)),
        MessageKeys.keys(MessageBundles.forLocale(ZH)))).isEmpty();
  }

  @Test
  void keysMadeFromEnumNamesExistForEveryValueInBothLanguages() {
    for (Locale l : BOTH) {
      for (WorkOrderStatus s : WorkOrderStatus.values()) {
        assertThat(WorkflowText.status(s, l)).as(s + " " + l).doesNotStartWith("!");
      }
      for (Transition t : Transition.values()) {
        assertThat(WorkflowText.transition(t, l)).as(t + " " + l).doesNotStartWith("!");
      }
      for (Role r : Role.values()) {
        assertThat(WorkflowText.role(r, l)).as(r + " " + l).doesNotStartWith("!");
      }
      for (OnHoldReason r : OnHoldReason.values()) {
        assertThat(WorkflowText.onHoldReason(r, l)).as(r + " " + l).doesNotStartWith("!");
      }
      for (Milestone m : Milestone.values()) {
        assertThat(SlaValidation.bundle(l).containsKey(m.messageKey())).as(m + " " + l).isTrue();
      }
      for (ClockState c : ClockState.values()) {
        assertThat(SlaValidation.bundle(l).containsKey(c.messageKey())).as(c + " " + l).isTrue();
      }
    }
  }

  @Test
  void aMissingKeyShowsAsAVisibleMarkerNotAsAPlausibleText() {
    assertThat(MessageBundles.format(Locale.ENGLISH, "protocol.rejected.noSuchThing")).isEqualTo("!protocol.rejected.noSuchThing!");
    assertThat(WorkflowText.status(WorkOrderStatus.NEW, Locale.ENGLISH)).isEqualTo("New");
  }
}
