package com.fieldops.mobile.testing;

import com.fieldops.mobile.device.AppLifecycle;
import com.fieldops.mobile.device.Camera;
import com.fieldops.mobile.device.Contacting;
import com.fieldops.mobile.device.DeviceServices;
import com.fieldops.mobile.device.DisplayInfo;
import com.fieldops.mobile.device.GeoFix;
import com.fieldops.mobile.device.Photo;
import com.fieldops.mobile.device.PositionSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A phone for tests: storage in a folder, a GPS fix in Berlin, a camera with a prepared picture, calls recorded. */
public final class FakeDevice {
  public final Path storage;
  public volatile Optional<GeoFix> fix = Optional.of(new GeoFix(52.52001, 13.40495, Instant.now()));
  public volatile Photo nextPhoto = new Photo(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png");
  public final List<String> contacted = new CopyOnWriteArrayList<>();
  private final List<Runnable> onBackground = new ArrayList<>();
  private final List<Runnable> onForeground = new ArrayList<>();

  public FakeDevice(Path storage) {
    this.storage = storage;
  }

  public DeviceServices services() {
    Camera camera = new Camera() {
      @Override
      public CompletableFuture<Optional<Photo>> takePhoto() {
        return CompletableFuture.completedFuture(Optional.ofNullable(nextPhoto));
      }

      @Override
      public CompletableFuture<Optional<Photo>> pickPhoto() {
        return takePhoto();
      }
    };
    PositionSource position = () -> fix;
    AppLifecycle lifecycle = new AppLifecycle() {
      @Override
      public void onBackground(Runnable r) {
        onBackground.add(r);
      }

      @Override
      public void onForeground(Runnable r) {
        onForeground.add(r);
      }
    };
    DisplayInfo display = new DisplayInfo() {
      @Override
      public boolean isPhone() {
        return true;
      }

      @Override
      public double textScale() {
        return 1.0;
      }
    };
    Contacting contacting = new Contacting() {
      @Override
      public void call(String phoneNumber) {
        contacted.add("tel:" + phoneNumber);
      }

      @Override
      public void mail(String address) {
        contacted.add("mailto:" + address);
      }
    };
    return new DeviceServices(camera, position, () -> storage, lifecycle, display, contacting);
  }

  /** The phone goes into a pocket. */
  public void background() {
    onBackground.forEach(Runnable::run);
  }

  public void foreground() {
    onForeground.forEach(Runnable::run);
  }
}
