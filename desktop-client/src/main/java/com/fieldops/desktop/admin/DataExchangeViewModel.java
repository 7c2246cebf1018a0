package com.fieldops.desktop.admin;

import com.fieldops.customer.imports.ImportProblem;
import com.fieldops.customer.imports.ImportResult;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.ui.FieldErrors;
import com.fieldops.replica.Replica;
import com.fieldops.replica.sync.AdminApi;
import com.fieldops.replica.sync.ServerDownload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moving data in and out in files. Import: a CSV of customers, sites and machines goes to the
 * server, which takes all of it or nothing; the answer is what was created, or every problem by
 * row and column. Export: the completed jobs of a date range with their costs, as the server's CSV
 * (with the byte-order mark Excel needs for Chinese text), saved where the person says. The file
 * dialogs are behind {@link FilePicker}; the file and network work runs off the UI thread.
 */
public final class DataExchangeViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(DataExchangeViewModel.class);
  /** Larger than any spreadsheet a company leaves behind; the server has its own limit. */
  static final long MAX_IMPORT_BYTES = 20L * 1024 * 1024;

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private FilePicker picker;
  private boolean pickerChosen;

  private final StringProperty importFile = new SimpleStringProperty("");
  private final StringProperty importResult = new SimpleStringProperty("");
  private final BooleanProperty importFailed = new SimpleBooleanProperty(false);
  private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
  private final BooleanProperty importing = new SimpleBooleanProperty(false);

  private final StringProperty from = new SimpleStringProperty("");
  private final StringProperty to = new SimpleStringProperty("");
  private final StringProperty exportMessage = new SimpleStringProperty("");
  private final StringProperty exportResult = new SimpleStringProperty("");
  private final BooleanProperty exporting = new SimpleBooleanProperty(false);
  private final FieldErrors exportErrors = new FieldErrors(List.of("from", "to"), exportMessage);

  public DataExchangeViewModel(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    // last month, the usual billing period
    LocalDate firstOfThisMonth = LocalDate.now(ctx.clock()).withDayOfMonth(1);
    from.set(firstOfThisMonth.minusMonths(1).toString());
    to.set(firstOfThisMonth.minusDays(1).toString());
  }

  /** The file dialogs to use (tests hand in a fake); one set here is kept over the view's default. */
  public void setFilePicker(FilePicker picker) {
    this.picker = picker;
    this.pickerChosen = true;
  }

  void defaultFilePicker(FilePicker picker) {
    if (!pickerChosen) {
      this.picker = picker;
    }
  }

  /** Asks for a CSV file and imports it. */
  public void chooseAndImport() {
    if (importing.get() || picker == null) {
      return;
    }
    Path file = picker.csvToImport();
    if (file != null) {
      importFile(file);
    }
  }

  /** Sends {@code file} to the server's import; the result or the problems show when it answers. */
  public void importFile(Path file) {
    AdminApi api = replica.admin();
    problems.clear();
    importFailed.set(false);
    importFile.set(file.getFileName().toString());
    if (api == null) {
      fail(msg.text("admin.error.unreachable"));
      return;
    }
    importing.set(true);
    importResult.set(msg.text("data.import.running", file.getFileName()));
    ctx.tasks().run("import master data", () -> {
      long size = Files.size(file);
      if (size > MAX_IMPORT_BYTES) {
        throw new FileTooLarge(size);
      }
      return ServerCalls.await(api.importMasterData(Files.readAllBytes(file)));
    }, (ImportResult r) -> {
      importing.set(false);
      LOG.info("event=import.masterData file=\"{}\" rows={} customers={} sites={} equipment={}", file.getFileName(),
          r.rows(), r.customers(), r.sites(), r.equipment());
      importResult.set(msg.text("data.import.done", r.rows(), r.customers(), r.sites(), r.equipment()));
    }, e -> {
      importing.set(false);
      if (e instanceof AdminApi.AdminApiException refused && !refused.problems().isEmpty()) {
        LOG.info("event=import.masterData.refused file=\"{}\" problems={}", file.getFileName(), refused.problems().size());
        problems.setAll(refused.problems());
        fail(msg.text("data.import.refused", refused.problems().size()));
      } else if (e instanceof FileTooLarge big) {
        fail(msg.text("data.import.tooLarge", big.size / (1024 * 1024)));
      } else if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.AccessDeniedException) {
        fail(msg.text("data.import.unreadable", file.getFileName()));
      } else {
        fail(ServerCalls.message(msg, e));
      }
    });
  }

  private void fail(String text) {
    importFailed.set(true);
    importResult.set(text);
  }

  private static final class FileTooLarge extends Exception {
    final long size;

    FileTooLarge(long size) {
      super("file of " + size + " bytes");
      this.size = size;
    }
  }

  /** Checks the dates, asks where to save, and fetches the export there. */
  public void chooseAndExport() {
    if (exporting.get() || picker == null) {
      return;
    }
    exportErrors.clear();
    exportResult.set("");
    LocalDate start = date(from.get(), "from");
    LocalDate end = date(to.get(), "to");
    if (start == null || end == null) {
      return;
    }
    if (end.isBefore(start)) {
      exportErrors.show(List.of(new com.fieldops.common.validation.Violation("to", msg.text("data.export.toBeforeFrom"))));
      return;
    }
    Path file = picker.saveAs("completed-jobs-" + start + "-" + end + ".csv");
    if (file != null) {
      export(start, end, file);
    }
  }

  private LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      exportErrors.show(List.of(new com.fieldops.common.validation.Violation(field, msg.text("data.export.dateRequired"))));
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      exportErrors.show(List.of(new com.fieldops.common.validation.Violation(field, msg.text("masterdata.date.invalid"))));
      return null;
    }
  }

  /** Fetches the export of {@code start}..{@code end} into {@code file}, off the UI thread. */
  public void export(LocalDate start, LocalDate end, Path file) {
    exporting.set(true);
    exportResult.set(msg.text("data.export.running"));
    ctx.tasks().run("export completed jobs", () -> replica.costs().exportCompletedJobs(start, end, file), result -> {
      exporting.set(false);
      if (result instanceof ServerDownload.Saved s) {
        LOG.info("event=export.completedJobs from={} to={} bytes={}", start, end, s.bytes());
        exportResult.set(msg.text("data.export.saved", s.file().getFileName(), Math.max(1, (s.bytes() + 1023) / 1024),
            s.file().toAbsolutePath().getParent()));
      } else if (result instanceof ServerDownload.Refused r) {
        exportResult.set("");
        exportErrors.show(List.of(new com.fieldops.common.validation.Violation(r.field(), r.message())));
      } else if (result instanceof ServerDownload.Unreachable u) {
        exportResult.set("");
        exportMessage.set(u.message());
      }
    }, e -> {
      exporting.set(false);
      exportResult.set("");
      exportMessage.set(msg.text("common.error.unexpected", e.getClass().getSimpleName()));
    });
  }

  public StringProperty importFileProperty() {
    return importFile;
  }

  /** What the import did ("12 rows: 3 customers…"), or why nothing was imported. */
  public StringProperty importResultProperty() {
    return importResult;
  }

  public BooleanProperty importFailedProperty() {
    return importFailed;
  }

  /** Every problem of a refused file, by row and column. */
  public ObservableList<ImportProblem> problems() {
    return problems;
  }

  public BooleanProperty importingProperty() {
    return importing;
  }

  public StringProperty fromProperty() {
    return from;
  }

  public StringProperty toProperty() {
    return to;
  }

  public StringProperty exportError(String field) {
    return exportErrors.of(field);
  }

  public StringProperty exportMessageProperty() {
    return exportMessage;
  }

  public StringProperty exportResultProperty() {
    return exportResult;
  }

  public BooleanProperty exportingProperty() {
    return exporting;
  }

  public Messages messages() {
    return msg;
  }
}
