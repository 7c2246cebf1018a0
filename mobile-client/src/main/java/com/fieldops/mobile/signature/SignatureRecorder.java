package com.fieldops.mobile.signature;

import com.fieldops.client.visit.SignatureCheck;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.mutation.SignServiceReport;
import java.util.UUID;

/**
 * Records a captured signature as the report feature's {@code SignServiceReport}: the strokes as
 * vectors on the pad's width×height, the signer's name and the phone's time, on the job's one report.
 * The replica checks it with the server's rules (a job not completed, a second signature: refused).
 */
public final class SignatureRecorder {
  private final Replica replica;

  public SignatureRecorder(Replica replica) {
    this.replica = replica;
  }

  public CommandOutcome record(UUID workOrderId, CapturedSignature s) {
    SignServiceReport payload = new SignServiceReport(workOrderId, s.signerName().strip(), s.signedAt(), s.width(),
        s.height(), SignatureCheck.strokes(s.strokes()), null);
    return replica.record(ServiceReport.idFor(workOrderId), payload);
  }
}
