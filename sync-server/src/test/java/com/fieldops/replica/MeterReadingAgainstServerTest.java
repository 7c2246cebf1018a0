package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.equipment.model.EquipmentEventKind;
import com.fieldops.equipment.mutation.RecordMeterReading;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.replica.NewWorkOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/how-to/add-a-mutation.md end to end: a technician's replica records a
 * meter reading of the machine of her job, the real server applies it, the office's replica shows it.
 */
class MeterReadingAgainstServerTest extends OnRealServer {
  static List<EquipmentEvent> readings(Replica replica, UUID machine) {
    return replica.equipment().equipment(machine).map(v -> v.history().stream()
        .filter(e -> e.kind() == EquipmentEventKind.METER_READING).toList()).orElse(List.of());
  }

  @Test
  void aReadingTakenOnTheJobReachesTheOfficeAndALowerOneIsRefusedWithTheLastReading() throws Exception {
    Replica nora = signedIn("disp-north");
    Replica tess = signedIn("tech1");
    UUID machine = server.world.equipment;
    CommandOutcome created = nora.workOrders().createWorkOrder(new NewWorkOrder(server.world.customer,
        server.world.northSite, null, machine, WorkOrderType.REPAIR, Priority.P2, "Compressor trips", null, null,
        null, server.world.tech1));
    UUID job = ((CommandOutcome.Recorded) created).entityId();
    Await.until("the job reached the server", WAIT, () -> nora.syncStatus().pendingCount() == 0);
    tess.syncNow();
    Await.until("the technician has her job", WAIT, () -> tess.workOrders().workOrder(job).isPresent());

    CommandOutcome reading = tess.record(machine, new RecordMeterReading(new BigDecimal("1250.5"), "h", job, null));
    assertThat(reading).isInstanceOf(CommandOutcome.Recorded.class);
    tess.syncNow();
    Await.until("the reading pushed", WAIT, () -> tess.syncStatus().pendingCount() == 0,
        () -> tess.syncStatus().toString());
    assertThat(tess.syncStatus().rejected()).isEmpty();

    nora.syncNow();
    Await.until("the office sees the reading", WAIT, () -> !readings(nora, machine).isEmpty());
    EquipmentEvent line = readings(nora, machine).get(0);
    assertThat(line.summary()).isEqualTo("1250.5 h");
    assertThat(line.workOrderId()).isEqualTo(job);

    CommandOutcome lower = nora.record(machine, new RecordMeterReading(new BigDecimal("1200"), "h", null, null));
    assertThat(lower).isInstanceOf(CommandOutcome.Refused.class);
    CommandOutcome.Refused refused = (CommandOutcome.Refused) lower;
    assertThat(refused.code()).isEqualTo(Codes.INVALID);
    assertThat(refused.field()).isEqualTo("value");
    assertThat(refused.message()).contains("1250.5 h");
  }
}
