package com.fieldops.mobile.signature;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fieldops.client.visit.PadPoint;
import com.fieldops.client.visit.PadStroke;
import com.fieldops.common.json.Json;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import java.util.UUID;

/**
 * Records a captured signature as the report feature's {@code SignServiceReport} mutation (strokes as
 * points on a pad of width×height, the signer's name). Recorded by type name, so the phone needs no
 * change when the report feature registers the type; until then the replica refuses it as unknown and
 * the pad says so.
 */
public final class SignatureRecorder {
  public static final String MUTATION = "SignServiceReport";

  private final Replica replica;

  public SignatureRecorder(Replica replica) {
    this.replica = replica;
  }

  public CommandOutcome record(UUID workOrderId, CapturedSignature s) {
    return replica.record(MUTATION, workOrderId, payload(s));
  }

  static ObjectNode payload(CapturedSignature s) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("signerName", s.signerName().strip());
    root.put("width", s.width());
    root.put("height", s.height());
    ArrayNode strokes = root.putArray("strokes");
    for (PadStroke stroke : s.strokes()) {
      ArrayNode points = strokes.addObject().putArray("points");
      for (PadPoint p : stroke.points()) {
        points.addObject().put("x", p.x()).put("y", p.y());
      }
    }
    return root;
  }
}
