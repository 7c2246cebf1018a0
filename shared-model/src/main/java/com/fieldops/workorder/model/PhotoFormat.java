package com.fieldops.workorder.model;

import java.util.Optional;

/**
 * What a photo's bytes are, read from their first bytes (magic numbers), not from a name or a header a
 * client sends: the server refuses anything else, the phone checks a picked file the same way.
 */
public enum PhotoFormat {
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  private final String contentType;
  private final byte[] magic;

  PhotoFormat(String contentType, byte[] magic) {
    this.contentType = contentType;
    this.magic = magic;
  }

  public String contentType() {
    return contentType;
  }

  /** The format whose magic number {@code head} starts with; empty for anything else (or too few bytes). */
  public static Optional<PhotoFormat> of(byte[] head) {
    for (PhotoFormat f : values()) {
      if (head != null && head.length >= f.magic.length && startsWith(head, f.magic)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
