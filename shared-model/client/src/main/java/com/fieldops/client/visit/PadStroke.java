package com.fieldops.client.visit;

import java.util.List;

/** One pen-down-to-pen-up stroke, kept as vectors (the points in drawing order). */
public record PadStroke(List<PadPoint> points) {
  public PadStroke {
    points = List.copyOf(points);
  }

  /** Length of the drawn line in pad pixels. */
  public double length() {
    double sum = 0;
    for (int i = 1; i < points.size(); i++) {
      sum += Math.hypot(points.get(i).x() - points.get(i - 1).x(), points.get(i).y() - points.get(i - 1).y());
    }
    return sum;
  }
}
