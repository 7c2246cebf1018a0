package com.fieldops.mobile.device;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Photos from the device: the camera, or a picture already on it. Asynchronous because the phone
 * hands the picture back after the camera app closes; empty when the person cancelled or the device
 * has no camera. The same photo feeds an attachment and, later, the barcode decoder.
 */
public interface Camera {
  CompletableFuture<Optional<Photo>> takePhoto();

  CompletableFuture<Optional<Photo>> pickPhoto();

  /** A device with neither camera nor gallery. */
  static Camera none() {
    return new Camera() {
      @Override
      public CompletableFuture<Optional<Photo>> takePhoto() {
        return CompletableFuture.completedFuture(Optional.empty());
      }

      @Override
      public CompletableFuture<Optional<Photo>> pickPhoto() {
        return CompletableFuture.completedFuture(Optional.empty());
      }
    };
  }
}
