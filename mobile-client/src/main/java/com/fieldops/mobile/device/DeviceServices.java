package com.fieldops.mobile.device;

import java.util.Objects;

/**
 * The device as the app sees it: each service behind the app's own interface, so screens never
 * touch Gluon Attach or a desktop API, and tests hand in fakes.
 */
public record DeviceServices(
    Camera camera,
    PositionSource position,
    AppStorage storage,
    AppLifecycle lifecycle,
    DisplayInfo display,
    Contacting contacting) {

  public DeviceServices {
    Objects.requireNonNull(camera);
    Objects.requireNonNull(position);
    Objects.requireNonNull(storage);
    Objects.requireNonNull(lifecycle);
    Objects.requireNonNull(display);
    Objects.requireNonNull(contacting);
  }

  public DeviceServices withCamera(Camera c) {
    return new DeviceServices(c, position, storage, lifecycle, display, contacting);
  }

  public DeviceServices withPosition(PositionSource p) {
    return new DeviceServices(camera, p, storage, lifecycle, display, contacting);
  }

  public DeviceServices withContacting(Contacting c) {
    return new DeviceServices(camera, position, storage, lifecycle, display, c);
  }

  public DeviceServices withLifecycle(AppLifecycle l) {
    return new DeviceServices(camera, position, storage, l, display, contacting);
  }
}
