package com.fieldops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.validation.Validators;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The benchmark set: 100,000 work orders with their history, all valid. Takes ~10 s on 2 cores. */
class DemoScaleTest {
  private static final Logger LOG = LoggerFactory.getLogger(DemoScaleTest.class);

  @Test
  void theHundredThousandWorkOrderSetIsMadeQuicklyAndIsValid() {
    long started = System.nanoTime();
    DemoDataSet scale = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, DemoSize.SCALE,
        Instant.parse("2026-03-02T09:30:00Z"));
    long madeMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(scale.workOrders()).hasSize(100_000);

    long validating = System.nanoTime();
    AtomicLong invalid = new AtomicLong();
    AtomicLong records = new AtomicLong();
    scale.all().forEach(record -> {
      records.incrementAndGet();
      if (!Validators.validate(record, Locale.ENGLISH).isEmpty()) {
        invalid.incrementAndGet();
      }
    });
    LOG.info("100k demo set: {} records made in {} ms, validated in {} ms", records.get(), madeMs,
        (System.nanoTime() - validating) / 1_000_000);
    assertThat(invalid.get()).isZero();
    assertThat(madeMs).as("generation time of the 100k set").isLessThan(60_000);
  }
}
