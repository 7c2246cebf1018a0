package com.fieldops.desktop.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.history.EventAuthors;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.workorder.model.WorkOrderEvent;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who made a history entry and where, in both languages: technicians on a phone, office staff on a console, the server as "System". */
class HistoryBylineTest {
  static final UUID ANNA = UUID.randomUUID();
  static final UUID ME = UUID.randomUUID();
  static final UUID JOB = UUID.randomUUID();
  static final Instant T = Instant.parse("2026-03-10T08:00:00Z");

  static WorkOrderEvent note(UUID actor, String device) {
    return new WorkOrderEvent.NoteAdded(UUID.randomUUID(), JOB, actor, device, T, T, UUID.randomUUID());
  }

  @Test
  void namesThePersonAndTheDeviceOrTheSystem() {
    EventAuthors en = new EventAuthors(new Messages(Locale.ENGLISH), Map.of(ANNA, "Anna Koch"), Map.of(ME, "Sabine Schneider"));
    assertThat(en.byline(note(ANNA, "device-0193a0b2-7c41-7d3e-9f00-5e2a113f9a2c"))).isEqualTo("Anna Koch (phone 3f9a2c)");
    assertThat(en.byline(note(ME, "device-0193a0b2-7c41-7d3e-9f00-5e2a1181be07"))).isEqualTo("Sabine Schneider (console 81be07)");
    assertThat(en.byline(note(UUID.randomUUID(), "device-x1"))).as("another office user, not in the replica")
        .isEqualTo("Office staff (console ice-x1)");
    assertThat(en.byline(note(null, WorkOrderEvent.SERVER_DEVICE))).isEqualTo("System");
    EventAuthors zh = new EventAuthors(new Messages(Locale.SIMPLIFIED_CHINESE), Map.of(ANNA, "Anna Koch"), Map.of());
    assertThat(zh.byline(note(ANNA, "device-abc123"))).isEqualTo("Anna Koch（手机 abc123）");
    assertThat(zh.byline(note(null, WorkOrderEvent.SERVER_DEVICE))).isEqualTo("系统");
  }
}
