package com.fieldops.desktop.costs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.costs.CostsText;
import com.fieldops.common.Money;
import com.fieldops.costs.CostLineKind;
import com.fieldops.costs.CostProblem;
import com.fieldops.desktop.i18n.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A job's costs on the console read as money in the dispatcher's language, never as raw numbers or keys. */
class JobCostsTextTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  @Test
  void amountsCarryTheCurrencyAndTheReadersSeparators() {
    CostsText en = new CostsText(new Messages(Locale.ENGLISH));
    CostsText zh = new CostsText(new Messages(ZH));
    CostsText de = new CostsText(new Messages(Locale.GERMANY));

    assertThat(en.money(Money.of("1234.5", "EUR"))).isEqualTo("€1,234.50");
    assertThat(en.money(Money.of("1234.50", "USD"))).isEqualTo("$1,234.50");
    assertThat(zh.money(Money.of("1234.50", "CNY"))).isEqualTo("¥1,234.50");
    assertThat(de.money(Money.of("1234.50", "EUR"))).isEqualTo("1.234,50\u00a0€");
    assertThat(en.money(Money.of("0.005", "EUR"))).as("a rate with more digits keeps them").isEqualTo("€0.005");
    assertThat(en.money(null)).isEqualTo("—");
    assertThat(en.hours(new BigDecimal("1.5"))).isEqualTo("1.50 h");
    assertThat(zh.hours(new BigDecimal("2.3334"))).isEqualTo("2.33 小时");
  }

  @Test
  void lineKindsAndProblemsReadInBothLanguages() {
    for (Locale l : List.of(Locale.ENGLISH, ZH)) {
      Messages msg = new Messages(l);
      for (CostLineKind k : CostLineKind.values()) {
        assertThat(msg.has("costs.kind." + k.name())).as(l + " " + k).isTrue();
      }
      for (CostProblem.Code c : CostProblem.Code.values()) {
        assertThat(msg.has("costs.problem." + c.name())).as(l + " " + c).isTrue();
      }
    }
    CostProblem noRate = new CostProblem(CostProblem.Code.NO_RATE, UUID.randomUUID(), UUID.randomUUID());
    assertThat(new CostsText(new Messages(ZH)).problem(noRate, "王伟")).isEqualTo("王伟 未设置小时费率：其工时未计入合计。");
    assertThat(new CostsText(new Messages(Locale.ENGLISH)).kind(CostLineKind.TRAVEL)).isEqualTo("Travel");
  }
}
