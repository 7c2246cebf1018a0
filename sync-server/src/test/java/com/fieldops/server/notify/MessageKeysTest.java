package com.fieldops.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.fixtures.MessageKeys;
import com.fieldops.common.validation.MessageBundles;
import com.fieldops.sla.EscalationAction;
import com.fieldops.sla.EscalationTrigger;
import com.fieldops.sla.EscalationWithdrawal;
import com.fieldops.sla.Milestone;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No person reads a raw key from the server: its bundles (notifications) have the same keys in
 * English and Simplified Chinese, and every key its code names exists in both, in its own bundles
 * or in shared-model's aggregate ({@link MessageBundles}: API errors, rejections, validation).
 */
class MessageKeysTest {
  static final Path RESOURCES = Path.of("src/main/resources");
  static final Path SOURCES = Path.of("src/main/java");
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @Test
  void everyBundleHasTheSameKeysInEnglishAndChinese() {
    List<MessageKeys.Bundle> bundles = MessageKeys.bundles(RESOURCES);
    assertThat(bundles).extracting(MessageKeys.Bundle::name).contains("com/fieldops/server/notify/NotifyMessages");
    assertThat(bundles.stream().flatMap(b -> MessageKeys.mismatches(b).stream()).toList()).isEmpty();
  }

  @Test
  void everyKeyTheCodeNamesExistsInEnglishAndChinese() {
    List<MessageKeys.Bundle> bundles = MessageKeys.bundles(RESOURCES);
    Set<String> english = new TreeSet<>(MessageKeys.keys(bundles, true));
    english.addAll(MessageKeys.keys(MessageBundles.forLocale(Locale.ENGLISH)));
    Set<String> chinese = new TreeSet<>(MessageKeys.keys(bundles, false));
    chinese.addAll(MessageKeys.keys(MessageBundles.forLocale(ZH)));
    Map<String, String> named = MessageKeys.keysNamedIn(SOURCES, english);
    assertThat(named).as("the scan sees the keys the code names").containsKeys("api.error.notFound");
    assertThat(MessageKeys.missing(named, english, chinese)).isEmpty();
    Map<String, String> annotations = MessageKeys.annotationKeysIn(SOURCES);
    assertThat(MessageKeys.missing(annotations, MessageKeys.keys(MessageBundles.forLocale(Locale.ENGLISH)),
        MessageKeys.keys(MessageBundles.forLocale(ZH)))).isEmpty();
  }

  @Test
  void notificationKeysMadeFromEnumNamesExistForEveryValueInBothLanguages() {
    for (Locale l : List.of(Locale.ENGLISH, ZH)) {
      ResourceBundle b = NotificationTemplates.bundle(l);
      for (Milestone m : Milestone.values()) {
        assertThat(b.containsKey("milestone." + m.name())).as(m + " " + l).isTrue();
      }
      for (EscalationTrigger.Type t : EscalationTrigger.Type.values()) {
        assertThat(b.containsKey("fired.subject." + t.name())).as(t + " " + l).isTrue();
        assertThat(b.containsKey("fired.intro." + t.name())).as(t + " " + l).isTrue();
      }
      for (EscalationWithdrawal.Reason r : EscalationWithdrawal.Reason.values()) {
        assertThat(b.containsKey("withdrawn.body." + r.name())).as(r + " " + l).isTrue();
      }
      for (EscalationAction.NotifyTarget t : EscalationAction.NotifyTarget.values()) {
        assertThat(b.containsKey("target." + t.name())).as(t + " " + l).isTrue();
      }
      for (EscalationAction.Type t : EscalationAction.Type.values()) {
        assertThat(b.containsKey("action." + t.name())).as(t + " " + l).isTrue();
      }
    }
  }
}
