package com.fieldops.mobile.photo;

import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.PhotoFormat;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;

/**
 * Makes a camera's or gallery's picture fit to send from a basement: at most {@link #LONGEST_SIDE}
 * pixels on its longest side, re-encoded as JPEG (which also drops the camera's metadata, e.g. where
 * the picture was taken). A file that is no JPEG or PNG, too many bytes or too many pixels is refused
 * before it is decoded, so a wrong pick never fills the phone's memory.
 */
public final class PhotoDownscaler {
  /** Enough to read a rating plate or a meter on a phone or a report; about 0.3-0.8 MB as JPEG. */
  public static final int LONGEST_SIDE = 1600;
  /** Pixels decoded at most (a 12000 x 8000 panorama); more is refused as too large. */
  static final long MAX_PIXELS = 100_000_000L;
  private static final float QUALITY = 0.85f;

  /** What came of a picture. */
  public sealed interface Result {
    record Ready(byte[] jpeg, int width, int height) implements Result {}

    record NotAPhoto() implements Result {}

    /** {@code megabytes}: the file's size, for the message. */
    record TooLarge(double megabytes) implements Result {}
  }

  private PhotoDownscaler() {}

  public static Result prepare(byte[] picture) {
    if (picture == null || picture.length == 0 || PhotoFormat.of(picture).isEmpty()) {
      return new Result.NotAPhoto();
    }
    if (picture.length > Attachment.MAX_BYTES) {
      return new Result.TooLarge(picture.length / 1048576.0);
    }
    try {
      BufferedImage image = decode(picture);
      if (image == null) {
        return new Result.NotAPhoto();
      }
      double scale = Math.min(1.0, (double) LONGEST_SIDE / Math.max(image.getWidth(), image.getHeight()));
      int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
      int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
      BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = out.createGraphics();
      try {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE); // a PNG's transparent parts: white, as on paper
        g.fillRect(0, 0, w, h);
        g.drawImage(image, 0, 0, w, h, null);
      } finally {
        g.dispose();
      }
      return new Result.Ready(jpeg(out), w, h);
    } catch (TooManyPixels e) {
      return new Result.TooLarge(picture.length / 1048576.0);
    } catch (IOException | RuntimeException e) {
      return new Result.NotAPhoto(); // damaged or cut-off file
    }
  }

  private static BufferedImage decode(byte[] picture) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(picture))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
          throw new TooManyPixels();
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    }
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static final class TooManyPixels extends RuntimeException {
    TooManyPixels() {
      super(null, null, false, false);
    }
  }
}
