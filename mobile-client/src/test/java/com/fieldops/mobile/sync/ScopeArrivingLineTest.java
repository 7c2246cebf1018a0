package com.fieldops.mobile.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.mobile.i18n.PhoneMessages;
import com.fieldops.replica.SyncStatus;
import com.fieldops.replica.SyncStatus.Connectivity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the sync bar tells a technician while their whole scope is still arriving after a first sign-in. */
class ScopeArrivingLineTest {
  static SyncStatus status(Connectivity c, Integer arriving) {
    return new SyncStatus(c, true, null, 0, List.of(), null, null, arriving);
  }

  @Test
  void theBarSaysTheHistoryAndCatalogueAreComingAndHowFarThenNothing() {
    PhoneMessages en = new PhoneMessages(Locale.ENGLISH);
    assertThat(ScopeArrivingLine.of(status(Connectivity.ONLINE, 40), en))
        .isEqualTo("Getting your job history and the parts catalogue… 40 %");
    assertThat(ScopeArrivingLine.of(status(Connectivity.ONLINE, -1), en))
        .isEqualTo("Getting your job history and the parts catalogue…");
    assertThat(ScopeArrivingLine.of(status(Connectivity.OFFLINE, 40), en))
        .isEqualTo("Your job history and the parts catalogue come when there is signal (40 % here)");
    assertThat(ScopeArrivingLine.of(status(Connectivity.ONLINE, null), en)).isEmpty();
  }

  @Test
  void inChineseToo() {
    PhoneMessages zh = new PhoneMessages(Locale.SIMPLIFIED_CHINESE);
    assertThat(ScopeArrivingLine.of(status(Connectivity.ONLINE, 40), zh)).isEqualTo("正在获取您的工单历史和备件目录… 40 %");
    assertThat(ScopeArrivingLine.of(status(Connectivity.SIGNED_OUT, -1), zh)).isEqualTo("有信号后将继续获取工单历史和备件目录（已完成 0 %）");
  }
}
