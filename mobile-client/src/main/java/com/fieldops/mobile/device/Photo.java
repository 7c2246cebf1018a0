package com.fieldops.mobile.device;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A photo as the camera or the gallery hands it over: the encoded bytes (JPEG or PNG) and their
 * media type. Files travel apart from mutations, keyed by their SHA-256 (architecture: photos), so
 * the upload and the attaching mutation can both name {@link #sha256()}; a barcode decoder reads the
 * same bytes.
 */
public record Photo(byte[] bytes, String mediaType) {
  public Photo {
    bytes = bytes.clone();
  }

  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
