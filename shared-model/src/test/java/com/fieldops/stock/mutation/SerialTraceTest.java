package com.fieldops.stock.mutation;

import static com.fieldops.stock.mutation.StockWorld.applied;
import static com.fieldops.stock.mutation.StockWorld.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.protocol.registry.Mutations;
import com.fieldops.stock.model.SerialUnit;
import com.fieldops.stock.model.VirtualLocations;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A serialized unit exists once, leaves only where it is, and ends up in the job's machine. */
class SerialTraceTest {
  final StockWorld w = new StockWorld();

  SerialUnit unit(String serial) {
    return (SerialUnit) w.state.get(SerialUnit.idOf(w.compressor, serial));
  }

  String english(Rejection r) {
    return Mutations.describe(r, Locale.ENGLISH);
  }

  @Test
  void aSerialFollowsItsUnitFromTheSupplierThroughTheVanIntoTheJob() {
    applied(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(w.compressor, w.warehouse, 1, "SN-1")));
    assertThat(unit("SN-1").locationId()).isEqualTo(w.warehouse);
    UUID transfer = Ids.newId();
    applied(w.apply(w.dispatcher, "TransferStock", transfer, new TransferStock(w.compressor, w.warehouse, 1, "SN-1", w.van)));
    assertThat(unit("SN-1").locationId()).isEqualTo(VirtualLocations.IN_TRANSIT);
    assertThat(unit("SN-1").destinationId()).isEqualTo(w.van);
    applied(w.apply(w.technician, "ReceiveTransfer", transfer, new ReceiveTransfer(w.van, 1)));
    assertThat(unit("SN-1").locationId()).isEqualTo(w.van);
    applied(w.apply(w.technician, "ConsumePart", w.job, new ConsumePart(Ids.newId(), w.compressor, w.van, 1, "SN-1")));
    assertThat(unit("SN-1").locationId()).isEqualTo(VirtualLocations.CUSTOMER_SITE);
    assertThat(unit("SN-1").workOrderId()).isEqualTo(w.job);
  }

  @Test
  void aDuplicateSerialIsRefusedNamingIt() {
    applied(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(w.compressor, w.warehouse, 1, "SN-2")));
    Rejection r = rejection(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(),
        new ReceiveStock(w.compressor, w.van, 1, "SN-2")));
    assertThat(r.code()).isEqualTo(Codes.ALREADY_EXISTS);
    assertThat(r.field()).isEqualTo("serialNumber");
    assertThat(english(r)).contains("SN-2").contains("already in stock");
    assertThat(rejection(w.apply(w.technician, "AdjustStockCount", Ids.newId(),
        new AdjustStockCount(w.compressor, w.van, 1, "found", "SN-2"))).field()).isEqualTo("serialNumber");
  }

  @Test
  void aSerialThatIsNotAtTheLocationIsRefusedNamingIt() {
    applied(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(w.compressor, w.warehouse, 1, "SN-3")));
    Rejection r = rejection(w.apply(w.technician, "ConsumePart", w.job,
        new ConsumePart(Ids.newId(), w.compressor, w.van, 1, "SN-3")));
    assertThat(r.field()).isEqualTo("serialNumber");
    assertThat(english(r)).contains("SN-3").contains("not at this location");
    assertThat(Mutations.describe(r, Locale.SIMPLIFIED_CHINESE)).contains("SN-3");
    assertThat(rejection(w.apply(w.technician, "TransferStock", Ids.newId(),
        new TransferStock(w.compressor, w.van, 1, "SN-3"))).field()).isEqualTo("serialNumber");
    assertThat(w.usages()).isEmpty();
  }

  @Test
  void withoutItsSerialOrWithOneOnAPlainPartTheMessageSaysWhich() {
    Rejection none = rejection(w.apply(w.technician, "ConsumePart", w.job,
        new ConsumePart(Ids.newId(), w.compressor, w.van, 1, null)));
    assertThat(none.field()).isEqualTo("serialNumber");
    assertThat(english(none)).contains("CMP-200").contains("enter the serial number");
    Rejection plain = rejection(w.apply(w.technician, "ConsumePart", w.job,
        new ConsumePart(Ids.newId(), w.filter, w.van, 1, "X-1")));
    assertThat(plain.field()).isEqualTo("serialNumber");
    assertThat(english(plain)).contains("FLT-100").contains("not tracked by serial number");
  }
}
