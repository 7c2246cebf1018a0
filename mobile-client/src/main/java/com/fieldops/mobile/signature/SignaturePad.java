package com.fieldops.mobile.signature;

import com.fieldops.client.visit.PadPoint;
import com.fieldops.client.visit.PadStroke;
import javafx.collections.ListChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/** A canvas the customer signs on with a finger or stylus; the strokes live in the view model as vectors. */
public final class SignaturePad extends StackPane {
  private final Canvas canvas;
  private final SignatureViewModel vm;

  public SignaturePad(SignatureViewModel vm) {
    this.vm = vm;
    setId("signaturePad");
    getStyleClass().add("signature-pad");
    canvas = new Canvas(vm.padWidth(), vm.padHeight());
    canvas.setId("signatureCanvas");
    getChildren().add(canvas);
    setMaxSize(vm.padWidth() + 4, vm.padHeight() + 4);
    canvas.setOnMousePressed(e -> vm.penDown(e.getX(), e.getY()));
    canvas.setOnMouseDragged(e -> vm.penMove(e.getX(), e.getY()));
    canvas.setOnMouseReleased(e -> vm.penUp());
    vm.strokes().addListener((ListChangeListener<PadStroke>) c -> redraw());
    redraw();
  }

  private void redraw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    g.setFill(Color.WHITE);
    g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
    g.setStroke(Color.web("#8a9099"));
    g.setLineWidth(1);
    double base = canvas.getHeight() * 0.75;
    g.strokeLine(16, base, canvas.getWidth() - 16, base);
    g.setStroke(Color.web("#0a1a5c"));
    g.setLineWidth(3);
    g.setLineCap(StrokeLineCap.ROUND);
    g.setLineJoin(StrokeLineJoin.ROUND);
    for (PadStroke s : vm.strokes()) {
      if (s.points().size() == 1) {
        PadPoint p = s.points().get(0);
        g.fillOval(p.x() - 1.5, p.y() - 1.5, 3, 3);
        continue;
      }
      g.beginPath();
      g.moveTo(s.points().get(0).x(), s.points().get(0).y());
      for (PadPoint p : s.points()) {
        g.lineTo(p.x(), p.y());
      }
      g.stroke();
    }
  }
}
