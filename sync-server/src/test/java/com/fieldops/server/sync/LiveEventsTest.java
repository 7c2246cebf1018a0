package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.LiveStream;
import com.fieldops.server.testing.TestServer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LiveEventsTest {

  @Test
  void aConnectedClientIsPokedWithinASecondWhenChangesInItsScopeAreWaiting() throws Exception {
    try (TestServer server = TestServer.start(Dialect.SQLITE)) {
      ApiClient north = server.as("disp-north");
      try (LiveStream northStream = LiveStream.open(server.base, north, server.db, true);
          LiveStream southStream = LiveStream.open(server.base, server.as("disp-south"), server.db, true)) {
        long start = System.nanoTime();
        north.push("CreateWorkOrder", Ids.newId(), new CreateWorkOrder(server.world.customer, server.world.northSite,
            null, null, WorkOrderType.REPAIR, Priority.P1, null, "No heating", null, null, null));
        String event = northStream.events.poll(1, TimeUnit.SECONDS);
        assertThat(event).startsWith("changes ").contains("latestSeq");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
        assertThat(southStream.events.poll(600, TimeUnit.MILLISECONDS)).as("south office has nothing waiting")
            .isNull();
      }
    }
  }
}
