package com.fieldops.desktop.workorder.photo;

import com.fieldops.client.text.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The job's photos in the work-order view: a row of thumbnails with when each was taken; a click opens
 * the photo large in its own window.
 */
public final class JobPhotosView extends FlowPane {
  private final JobPhotosViewModel vm;
  private final Messages msg;
  private Stage window;

  public JobPhotosView(JobPhotosViewModel vm, Messages msg) {
    super(8, 8);
    this.vm = vm;
    this.msg = msg;
    setId("woPhotos");
    vm.thumbs().addListener((ListChangeListener<PhotoThumb>) c -> show());
    vm.largeProperty().addListener((o, a, image) -> {
      if (image != null) {
        showLarge(image);
      }
    });
    show();
  }

  private void show() {
    getChildren().clear();
    if (vm.thumbs().isEmpty()) {
      getChildren().add(new Label(msg.text("photos.none")));
    }
    for (PhotoThumb t : vm.thumbs()) {
      StackPane picture = new StackPane();
      picture.setMinSize(JobPhotosViewModel.THUMB, JobPhotosViewModel.THUMB);
      picture.setPrefSize(JobPhotosViewModel.THUMB, JobPhotosViewModel.THUMB);
      picture.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1;");
      if (t.thumbnail() != null) {
        picture.getChildren().add(new ImageView(t.thumbnail()));
        picture.setCursor(Cursor.HAND);
        picture.setOnMouseClicked(e -> vm.open(t));
      }
      Label caption = new Label(t.caption());
      caption.setWrapText(true);
      caption.setMaxWidth(JobPhotosViewModel.THUMB + 20);
      VBox tile = new VBox(4, picture, caption);
      tile.setAlignment(Pos.TOP_CENTER);
      tile.setId("woPhoto-" + t.sha256().substring(0, 12));
      getChildren().add(tile);
    }
  }

  private void showLarge(javafx.scene.image.Image image) {
    if (window == null) {
      window = new Stage();
      window.setTitle(msg.text("photos.window"));
      if (getScene() != null && getScene().getWindow() != null) {
        window.initOwner(getScene().getWindow());
      }
      window.setOnHidden(e -> vm.closeLarge());
    }
    ImageView view = new ImageView(image);
    view.setPreserveRatio(true);
    Label caption = new Label();
    caption.textProperty().bind(vm.largeCaptionProperty());
    BorderPane root = new BorderPane(view, null, null, caption, null);
    BorderPane.setMargin(caption, new Insets(8));
    root.setId("woPhotoLarge");
    window.setScene(new Scene(root));
    if (getScene() != null) {
      window.getScene().getStylesheets().setAll(getScene().getStylesheets());
    }
    window.show();
  }
}
