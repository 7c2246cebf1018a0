package com.fieldops.mobile.device;

import com.gluonhq.attach.display.DisplayService;
import com.gluonhq.attach.lifecycle.LifecycleEvent;
import com.gluonhq.attach.lifecycle.LifecycleService;
import com.gluonhq.attach.pictures.PicturesService;
import com.gluonhq.attach.position.Position;
import com.gluonhq.attach.position.PositionService;
import com.gluonhq.attach.storage.StorageService;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.HostServices;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device services of this installation: Gluon Attach where its service runs here (storage,
 * lifecycle and display have desktop implementations; camera and position only on a phone), the
 * desktop's own means otherwise (a file chooser for photos, the browser for tel:/mailto:).
 */
public final class AttachDevice {
  private static final Logger LOG = LoggerFactory.getLogger(AttachDevice.class);

  private AttachDevice() {}

  public static DeviceServices services(HostServices host, Supplier<Optional<File>> fileChooser, Clock clock) {
    Camera camera = PicturesService.create().<Camera>map(AttachDevice::attachCamera)
        .orElseGet(() -> new DesktopCamera(fileChooser));
    PositionSource position = PositionService.create().<PositionSource>map(p -> {
      p.start();
      return () -> {
        Position pos = p.getPosition();
        return pos == null ? Optional.empty() : Optional.of(new GeoFix(pos.getLatitude(), pos.getLongitude(), clock.instant()));
      };
    }).orElse(PositionSource.none());
    AppStorage storage = StorageService.create().flatMap(StorageService::getPrivateStorage)
        .<AppStorage>map(dir -> dir::toPath)
        .orElseGet(() -> () -> Path.of(System.getProperty("user.home"), ".fieldops-technician"));
    AppLifecycle lifecycle = LifecycleService.create().<AppLifecycle>map(l -> new AppLifecycle() {
      @Override
      public void onBackground(Runnable r) {
        l.addListener(LifecycleEvent.PAUSE, r);
      }

      @Override
      public void onForeground(Runnable r) {
        l.addListener(LifecycleEvent.RESUME, r);
      }
    }).orElse(AppLifecycle.none());
    Optional<DisplayService> display = DisplayService.create();
    DisplayInfo displayInfo = new DisplayInfo() {
      @Override
      public boolean isPhone() {
        return display.map(DisplayService::isPhone).orElse(false);
      }

      @Override
      public double textScale() {
        return 1.0;
      }
    };
    Contacting contacting = new Contacting() {
      @Override
      public void call(String phoneNumber) {
        open(host, "tel:" + phoneNumber.replaceAll("[^+0-9]", ""));
      }

      @Override
      public void mail(String address) {
        open(host, "mailto:" + address);
      }
    };
    LOG.info("event=device.services camera={} position={} lifecycle={} phone={}", camera.getClass().getSimpleName(),
        PositionService.create().isPresent(), LifecycleService.create().isPresent(), displayInfo.isPhone());
    return new DeviceServices(camera, position, storage, lifecycle, displayInfo, contacting);
  }

  private static void open(HostServices host, String uri) {
    if (host != null) {
      host.showDocument(uri);
    }
    LOG.info("event=device.contact uri={}", uri);
  }

  private static Camera attachCamera(PicturesService pictures) {
    return new Camera() {
      @Override
      public CompletableFuture<Optional<Photo>> takePhoto() {
        return CompletableFuture.completedFuture(pictures.takePhoto(false).flatMap(AttachDevice::encode));
      }

      @Override
      public CompletableFuture<Optional<Photo>> pickPhoto() {
        return CompletableFuture.completedFuture(pictures.loadImageFromGallery().flatMap(AttachDevice::encode));
      }
    };
  }

  static Optional<Photo> encode(Image image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
      return Optional.of(new Photo(out.toByteArray(), "image/png"));
    } catch (IOException e) {
      LOG.warn("event=device.photo.encodeFailed", e);
      return Optional.empty();
    }
  }

  /** A desktop has no camera: both ways open a file chooser for a picture. */
  static final class DesktopCamera implements Camera {
    private final Supplier<Optional<File>> chooser;

    DesktopCamera(Supplier<Optional<File>> chooser) {
      this.chooser = chooser;
    }

    @Override
    public CompletableFuture<Optional<Photo>> takePhoto() {
      return pickPhoto();
    }

    @Override
    public CompletableFuture<Optional<Photo>> pickPhoto() {
      return CompletableFuture.completedFuture(chooser.get().flatMap(f -> {
        try {
          String name = f.getName().toLowerCase(java.util.Locale.ROOT);
          return Optional.of(new Photo(Files.readAllBytes(f.toPath()), name.endsWith(".png") ? "image/png" : "image/jpeg"));
        } catch (IOException e) {
          LOG.warn("event=device.photo.readFailed file={}", f, e);
          return Optional.empty();
        }
      }));
    }
  }
}
