package com.fieldops.desktop.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Hands a saved PDF to the computer's own viewer. Behind an interface so tests see what would be
 * opened without starting one.
 */
@FunctionalInterface
public interface PdfViewer {
  /** Opens {@code pdf}; false when this computer has no viewer to hand it to. Called off the UI thread. */
  boolean open(Path pdf) throws IOException;

  /** The desktop's default application for PDF files (java.awt.Desktop). */
  static PdfViewer desktop() {
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
