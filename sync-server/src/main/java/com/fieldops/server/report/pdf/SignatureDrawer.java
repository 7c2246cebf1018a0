package com.fieldops.server.report.pdf;

import com.fieldops.report.model.SignaturePoint;
import com.fieldops.report.model.SignatureStroke;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Draws the customer's signature from its pen strokes as PDF vector paths (sharp at any zoom) into
 * the template's {@code <object type="application/x-fieldops-signature" data-pad="w h"
 * data-strokes="x,y x,y;x,y ...">} box, scaled to fit and centred, keeping the pad's proportions.
 */
public final class SignatureDrawer implements FSObjectDrawer {
  public static final String CONTENT_TYPE = "application/x-fieldops-signature";

  /** The strokes as the template's {@code data-strokes} attribute: strokes split by ';', points by ' '. */
  public static String encode(List<SignatureStroke> strokes) {
    StringBuilder b = new StringBuilder();
    for (SignatureStroke s : strokes) {
      if (b.length() > 0) {
        b.append(';');
      }
      boolean first = true;
      for (SignaturePoint p : s.points()) {
        if (!first) {
          b.append(' ');
        }
        first = false;
        b.append(String.format(Locale.ROOT, "%.1f,%.1f", p.x(), p.y()));
      }
    }
    return b.toString();
  }

  static List<List<double[]>> decode(String data) {
    List<List<double[]>> strokes = new ArrayList<>();
    if (data == null || data.isBlank()) {
      return strokes;
    }
    for (String stroke : data.split(";")) {
      List<double[]> points = new ArrayList<>();
      for (String point : stroke.trim().split("\\s+")) {
        String[] xy = point.split(",");
        if (xy.length == 2) {
          try {
            points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
          } catch (NumberFormatException e) {
            // written by encode(): cannot happen; a hand-edited template just loses the point
          }
        }
      }
      if (!points.isEmpty()) {
        strokes.add(points);
      }
    }
    return strokes;
  }

  @Override
  public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
      OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
    String[] pad = e.getAttribute("data-pad").trim().split("\\s+");
    if (pad.length != 2) {
      return null;
    }
    double padW = Double.parseDouble(pad[0]);
    double padH = Double.parseDouble(pad[1]);
    List<List<double[]>> strokes = decode(e.getAttribute("data-strokes"));
    float w = (float) (width / dotsPerPixel);
    float h = (float) (height / dotsPerPixel);
    outputDevice.drawWithGraphics((float) x, (float) y, w, h, g -> {
      double scale = Math.min(w / padW, h / padH);
      double dx = (w - padW * scale) / 2;
      double dy = (h - padH * scale) / 2;
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(0x10, 0x2a, 0x6b));
      g.setStroke(new BasicStroke((float) Math.max(0.8, 2.2 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      for (List<double[]> stroke : strokes) {
        Path2D.Double path = new Path2D.Double();
        double[] first = stroke.get(0);
        path.moveTo(dx + first[0] * scale, dy + first[1] * scale);
        if (stroke.size() == 1) {
          path.lineTo(dx + first[0] * scale + 0.01, dy + first[1] * scale);
        }
        for (int i = 1; i < stroke.size(); i++) {
          double[] p = stroke.get(i);
          path.lineTo(dx + p[0] * scale, dy + p[1] * scale);
        }
        g.draw(path);
      }
    });
    return null;
  }
}
