package com.fieldops.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldops.server.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Work-order numbers taken a batch at a time: consecutive within a transaction, continued by the next,
 * each year on its own, and none used by a transaction that rolls back.
 */
class WorkOrderNumbersTest {
  private final WorkOrderNumbers numbers = new WorkOrderNumbers();

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aBatchTakesConsecutiveNumbersTheNextContinuesAndARolledBackOneUsesNone(Dialect dialect) {
    Database db = TestDatabases.open(dialect);
    try {
      List<String> first = db.write(c -> {
        WorkOrderNumbers.Block block = numbers.block(c);
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          taken.add(block.next(2026));
        }
        taken.add(block.next(2027));
        block.close();
        return taken;
      });
      assertThat(first).containsExactly("WO-2026-000001", "WO-2026-000002", "WO-2026-000003", "WO-2027-000001");

      assertThatThrownBy(() -> db.write(c -> {
        WorkOrderNumbers.Block block = numbers.block(c);
        block.next(2026);
        block.next(2026);
        block.close();
        throw new IllegalStateException("the push fails after numbering");
      })).hasMessageContaining("push fails");

      List<String> next = db.write(c -> {
        WorkOrderNumbers.Block block = numbers.block(c);
        List<String> taken = List.of(block.next(2026), block.next(2026));
        block.close();
        return taken;
      });
      assertThat(next).containsExactly("WO-2026-000004", "WO-2026-000005");
      // one number alone, as a dispatcher's single new job takes it
      String single = db.write(c -> numbers.next(c, 2026));
      assertThat(single).isEqualTo("WO-2026-000006");
    } finally {
      db.close();
    }
  }
}
