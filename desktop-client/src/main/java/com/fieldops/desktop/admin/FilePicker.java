package com.fieldops.desktop.admin;

import java.nio.file.Path;

/**
 * Where a file comes from or goes to: the desktop's file dialogs in the console ({@link FxFilePicker}),
 * a fixed answer in tests. Called on the UI thread; null when the person cancelled.
 */
public interface FilePicker {
  /** A CSV file to import, or null. */
  Path csvToImport();

  /** Where to save an export, suggesting {@code fileName}; null when cancelled. */
  Path saveAs(String fileName);
}
