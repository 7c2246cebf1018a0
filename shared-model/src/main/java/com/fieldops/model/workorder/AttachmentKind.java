package com.fieldops.model.workorder;

public enum AttachmentKind {
  PHOTO,
  DOCUMENT
}
