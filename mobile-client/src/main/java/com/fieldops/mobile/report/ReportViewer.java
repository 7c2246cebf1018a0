package com.fieldops.mobile.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Hands a saved report PDF to the device's viewer. No Attach service for opening documents is on Maven
 * Central, so the default asks the desktop JVM's viewer when there is one and otherwise keeps the file
 * in the app's storage; tests fake it.
 */
@FunctionalInterface
public interface ReportViewer {
  /** Opens {@code pdf}; false when there is no viewer to hand it to. Called off the UI thread. */
  boolean open(Path pdf) throws IOException;

  static ReportViewer system() {
    return pdf -> {
      if (java.awt.GraphicsEnvironment.isHeadless() || !java.awt.Desktop.isDesktopSupported()
          || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
        return false;
      }
      java.awt.Desktop.getDesktop().open(pdf.toFile());
      return true;
    };
  }
}
