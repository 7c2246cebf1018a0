package com.fieldops.replica.view;

import com.fieldops.workorder.model.Attachment;

/**
 * A photo of a job as the screens show it: its attachment record and where its bytes are from this
 * device's point of view.
 *
 * @param reason the server's words when it refused the bytes (state {@link Upload#REFUSED}), else null
 */
public record JobPhoto(Attachment attachment, Upload upload, String reason) {

  /** Where a photo's bytes are. */
  public enum Upload {
    /** On this device, waiting for signal. */
    WAITING,
    /** Being sent now. */
    UPLOADING,
    /** On the server (or taken on another device: its bytes are that device's business). */
    SENT,
    /** The server refused the bytes for good; the attachment shows without a picture. */
    REFUSED
  }

  public String sha256() {
    return attachment.sha256();
  }
}
