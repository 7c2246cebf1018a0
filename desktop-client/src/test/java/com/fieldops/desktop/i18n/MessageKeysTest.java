package com.fieldops.desktop.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.countdown.BadgeState;
import com.fieldops.fixtures.MessageKeys;
import com.fieldops.identity.model.AbsenceKind;
import com.fieldops.workorder.model.AttachmentKind;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.sla.Milestone;
import com.fieldops.client.history.EditedFields;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No dispatcher reads a raw key: the console's bundle has the same keys in English and Simplified
 * Chinese, and every key the console's code names (literally, or made from an enum's names) exists
 * in both.
 */
class MessageKeysTest {
  static final Path RESOURCES = Path.of("src/main/resources");
  static final Path SOURCES = Path.of("src/main/java");
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  /** Literals shaped like keys that are not: the console's own setting names (ConsoleSettings). */
  static final Pattern NOT_KEYS = Pattern.compile("dispatch\\.(queueDivider|timelineScale)");

  @Test
  void everyBundleHasTheSameKeysInEnglishAndChinese() {
    List<MessageKeys.Bundle> bundles = MessageKeys.bundles(RESOURCES);
    assertThat(bundles).extracting(MessageKeys.Bundle::name).contains("com/fieldops/desktop/i18n/messages");
    assertThat(bundles.stream().flatMap(b -> MessageKeys.mismatches(b).stream()).toList()).isEmpty();
  }

  @Test
  void everyKeyTheCodeNamesExistsInEnglishAndChinese() {
    List<MessageKeys.Bundle> bundles = MessageKeys.bundles(RESOURCES);
    Set<String> english = MessageKeys.keys(bundles, true);
    Map<String, String> named = MessageKeys.keysNamedIn(SOURCES, english, NOT_KEYS);
    assertThat(named).as("the scan sees the keys the code names").containsKeys("dispatch.assign.refused");
    assertThat(MessageKeys.missing(named, english, MessageKeys.keys(bundles, false))).isEmpty();
  }

  @Test
  void keysMadeFromEnumNamesExistForEveryValueInBothLanguages() {
    List<String> made = new ArrayList<>();
    for (WorkOrderStatus s : WorkOrderStatus.values()) {
      made.add("status." + s.name());
    }
    for (Priority p : Priority.values()) {
      made.add("priority." + p.name());
    }
    for (WorkOrderType t : WorkOrderType.values()) {
      made.add("type." + t.name());
    }
    for (OnHoldReason r : OnHoldReason.values()) {
      made.add("hold." + r.name());
    }
    for (AbsenceKind k : AbsenceKind.values()) {
      made.add("absence." + k.name());
    }
    for (AttachmentKind k : AttachmentKind.values()) {
      made.add("attachment." + k.name());
    }
    for (BadgeState b : BadgeState.values()) {
      made.add(b.compactKey());
    }
    for (Milestone m : Milestone.values()) {
      made.add("sla." + (m == Milestone.ONSITE ? "onsite" : m.name().toLowerCase(Locale.ROOT)));
    }
    for (com.fieldops.report.model.ReportState s : com.fieldops.report.model.ReportState.values()) {
      made.add("report.state." + s.name());
    }
    for (Locale l : List.of(Locale.ENGLISH, ZH)) {
      Messages msg = new Messages(l);
      assertThat(made).as(l.toString()).allSatisfy(key -> assertThat(msg.has(key)).as(key).isTrue());
    }
  }

  /**
   * A history line names an edited field by its label: every field an edit can change (the rules'
   * own list, read from WorkOrderEdits) has one in both languages, and the line shows it.
   */
  @Test
  @SuppressWarnings("unchecked")
  void everyFieldAnEditCanChangeHasALabelInBothLanguages() throws Exception {
    java.lang.reflect.Field f = com.fieldops.workorder.mutation.WorkOrderEdits.class.getDeclaredField("EDITABLE");
    f.setAccessible(true);
    Set<String> editable = (Set<String>) f.get(null);
    assertThat(editable).contains("scheduledStart", "contactId");
    for (Locale l : List.of(Locale.ENGLISH, ZH)) {
      Messages msg = new Messages(l);
      assertThat(editable).as(l.toString())
          .allSatisfy(field -> assertThat(msg.has(EditedFields.labelKey(field))).as(field).isTrue());
    }
    assertThat(EditedFields.label(new Messages(Locale.ENGLISH), "scheduledStart")).isEqualTo("Scheduled start");
    assertThat(EditedFields.label(new Messages(ZH), "scheduledStart")).isEqualTo("计划开始");
  }

  @Test
  void aMissingKeyShowsAsAVisibleMarker() {
    assertThat(new Messages(ZH).text("dispatch.noSuchThing")).isEqualTo("!dispatch.noSuchThing!");
    assertThat(new Messages(Locale.ENGLISH).text("dispatch.assign.refused", "WO-1", "why"))
        .isEqualTo("Could not assign WO-1: why");
  }
}
