package com.fieldops.desktop.admin;

import com.fieldops.desktop.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The desktop's own open and save dialogs, limited to CSV files, starting where the last one ended. */
final class FxFilePicker implements FilePicker {
  private final Supplier<Window> owner;
  private final Messages msg;
  private File lastFolder;

  FxFilePicker(Supplier<Window> owner, Messages msg) {
    this.owner = owner;
    this.msg = msg;
  }

  private FileChooser chooser(String titleKey) {
    FileChooser c = new FileChooser();
    c.setTitle(msg.text(titleKey));
    c.getExtensionFilters().add(new FileChooser.ExtensionFilter(msg.text("data.csvFiles"), "*.csv"));
    if (lastFolder != null && lastFolder.isDirectory()) {
      c.setInitialDirectory(lastFolder);
    }
    return c;
  }

  @Override
  public Path csvToImport() {
    return remember(chooser("data.import.choose").showOpenDialog(owner.get()));
  }

  @Override
  public Path saveAs(String fileName) {
    FileChooser c = chooser("data.export.button");
    c.setInitialFileName(fileName);
    return remember(c.showSaveDialog(owner.get()));
  }

  private Path remember(File f) {
    if (f == null) {
      return null;
    }
    lastFolder = f.getParentFile();
    return f.toPath();
  }
}
