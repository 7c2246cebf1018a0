package com.fieldops.mobile.photo;

import com.fieldops.client.text.Messages;
import com.fieldops.mobile.ui.Ui;
import com.fieldops.replica.view.JobPhoto;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Job screen's photo section: two big buttons (take, pick), the message about a refused picture
 * right under them, and the job's photos as thumbnails, each with its upload state.
 */
public final class JobPhotosView extends VBox {
  /** Two tiles a row on a 360 px phone. */
  private static final double TILE = 156;
  private final JobPhotosViewModel vm;
  private final FlowPane grid = new FlowPane(8, 8);
  private final Label none;

  public JobPhotosView(JobPhotosViewModel vm, Messages msg) {
    super(8);
    this.vm = vm;
    setId("jobPhotos");
    Button take = Ui.bigButton(msg.text("photos.take"), "mdi2c-camera", vm::takePhoto);
    take.setId("takePhoto");
    Button pick = Ui.bigButton(msg.text("photos.pick"), "mdi2i-image-multiple", vm::pickPhoto);
    pick.setId("pickPhoto");
    pick.getStyleClass().add("secondary");
    take.disableProperty().bind(vm.busyProperty());
    pick.disableProperty().bind(vm.busyProperty());
    HBox.setHgrow(take, Priority.ALWAYS);
    HBox.setHgrow(pick, Priority.ALWAYS);
    HBox buttons = new HBox(8, take, pick);
    buttons.getStyleClass().add("photo-actions");
    Label refusal = Ui.fieldMessage(vm.messageProperty());
    refusal.setId("photoMessage");
    Label info = Ui.note(vm.infoProperty(), "info");
    info.setId("photoInfo");
    none = Ui.text(msg.text("photos.none"), "muted");
    grid.setId("photoTiles");
    getChildren().addAll(buttons, refusal, info, none, grid);
    vm.tiles().addListener((ListChangeListener<PhotoTile>) c -> show());
    show();
  }

  private void show() {
    grid.getChildren().clear();
    none.setVisible(vm.tiles().isEmpty());
    none.setManaged(vm.tiles().isEmpty());
    for (PhotoTile t : vm.tiles()) {
      grid.getChildren().add(tile(t));
    }
  }

  private static VBox tile(PhotoTile t) {
    StackPane picture = new StackPane();
    picture.setPrefSize(JobPhotosViewModel.THUMB, JobPhotosViewModel.THUMB);
    picture.setMinSize(JobPhotosViewModel.THUMB, JobPhotosViewModel.THUMB);
    picture.setStyle("-fx-border-color: -fo-line; -fx-border-width: 1;");
    if (t.thumbnail() != null) {
      picture.getChildren().add(new ImageView(t.thumbnail()));
    } else {
      picture.getChildren().add(new FontIcon("mdi2i-image-off-outline"));
    }
    String kind = switch (t.upload()) {
      case SENT -> "ok";
      case WAITING, UPLOADING -> "warning";
      case REFUSED -> "breached";
    };
    Label state = Ui.text(t.stateText(), "badge", kind);
    // a server's refusal runs to several lines: its icon stays on the first, the words use the tile's width
    FontIcon glyph = new FontIcon(icon(t.upload()));
    HBox stateLine = new HBox(2, glyph, state);
    stateLine.getStyleClass().addAll("photo-state", kind);
    stateLine.setAlignment(Pos.TOP_LEFT);
    HBox.setHgrow(state, Priority.ALWAYS);
    state.setMaxWidth(Double.MAX_VALUE);
    VBox box = new VBox(4, picture, stateLine);
    box.setAlignment(Pos.TOP_LEFT);
    box.setMinWidth(TILE);
    box.setPrefWidth(TILE);
    box.setMaxWidth(TILE);
    box.setId("photo-" + t.sha256().substring(0, 12));
    box.getStyleClass().add("photo-tile");
    return box;
  }

  private static String icon(JobPhoto.Upload upload) {
    return switch (upload) {
      case SENT -> "mdi2c-check-circle";
      case WAITING -> "mdi2c-clock-outline";
      case UPLOADING -> "mdi2u-upload";
      case REFUSED -> "mdi2a-alert-circle";
    };
  }
}
