package com.fieldops.workorder.model;

public enum AttachmentKind {
  PHOTO,
  DOCUMENT
}
