package com.fieldops.replica;

import com.fieldops.replica.store.ReplicaMessages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.fixtures.MessageKeys;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No person reads a raw key on a device: the client's bundles have the same keys in English and
 * Simplified Chinese, and every key the client code names exists in both (its own bundles or the
 * shared rules' bundles it also reads).
 */
class ReplicaMessageKeysTest {
  static final Path RESOURCES = Path.of("src/main/resources");
  static final Path SHARED_RESOURCES = Path.of("../src/main/resources");
  static final Path SOURCES = Path.of("src/main/java");
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  /** Literals shaped like keys that are not: field paths in rejections, a replica setting. */
  static final Pattern NOT_KEYS = Pattern.compile(
      "(contact|customer|equipment|site|technician)\\.(id|customerId|siteId|region)|sync\\.lastSuccess|.*\\.[A-Z]\\w*Messages");

  @Test
  void theClientsBundlesHaveTheSameKeysInEnglishAndChinese() {
    List<MessageKeys.Bundle> bundles = MessageKeys.bundles(RESOURCES);
    assertThat(bundles).extracting(MessageKeys.Bundle::name).contains("com/fieldops/replica/store/ReplicaMessages");
    assertThat(bundles.stream().flatMap(b -> MessageKeys.mismatches(b).stream()).toList()).isEmpty();
  }

  @Test
  void everyKeyTheClientCodeNamesExistsInEnglishAndChinese() {
    List<MessageKeys.Bundle> bundles = new ArrayList<>(MessageKeys.bundles(RESOURCES));
    bundles.addAll(MessageKeys.bundles(SHARED_RESOURCES));
    Set<String> english = MessageKeys.keys(bundles, true);
    Map<String, String> named = MessageKeys.keysNamedIn(SOURCES, english, NOT_KEYS);
    assertThat(named).as("the scan sees the keys the code names").containsKeys("refused.edit.empty");
    assertThat(MessageKeys.missing(named, english, MessageKeys.keys(bundles, false))).isEmpty();
  }

  @Test
  void everyStatusReadsInBothLanguagesAndAMissingKeyIsAVisibleMarker() {
    for (Locale l : List.of(Locale.ENGLISH, ZH)) {
      ReplicaMessages replica = new ReplicaMessages(l);
      for (WorkOrderStatus s : WorkOrderStatus.values()) {
        assertThat(replica.get("status." + s.name())).as(s + " " + l).doesNotStartWith("!");
      }
    }
    assertThat(new ReplicaMessages(ZH).get("refused.noSuchThing")).isEqualTo("!refused.noSuchThing!");
  }
}
