package com.fieldops.mobile.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves what the phone shows to {@code target/screenshots/NAME.png}. */
public final class Screenshots {
  public static final Path DIR = Path.of("target", "screenshots");

  private Screenshots() {}

  public static Path save(Scene scene, String name) {
    WaitForAsyncUtils.waitForFxEvents();
    WritableImage[] image = new WritableImage[1];
    try {
      WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null)).get();
      Files.createDirectories(DIR);
      Path file = DIR.resolve(name + ".png");
      ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
