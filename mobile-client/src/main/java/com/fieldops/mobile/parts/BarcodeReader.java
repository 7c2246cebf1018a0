package com.fieldops.mobile.parts;

import com.fieldops.mobile.device.Photo;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a part's barcode from a camera picture with ZXing (Gluon's barcode service is not on Maven
 * Central): the label codes parts carry (Code 128, Code 39, EAN) and QR / Data Matrix. Empty when the
 * picture holds no readable barcode or is no picture at all.
 */
public final class BarcodeReader {
  private static final Logger LOG = LoggerFactory.getLogger(BarcodeReader.class);
  private static final Map<DecodeHintType, Object> HINTS = new EnumMap<>(DecodeHintType.class);

  static {
    HINTS.put(DecodeHintType.TRY_HARDER, Boolean.TRUE); // phone pictures: skewed, not centred
    HINTS.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128, BarcodeFormat.CODE_39,
        BarcodeFormat.EAN_13, BarcodeFormat.EAN_8, BarcodeFormat.UPC_A, BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX));
  }

  public Optional<String> read(Photo photo) {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(photo.bytes()));
    } catch (IOException | RuntimeException e) {
      image = null;
    }
    if (image == null) {
      LOG.info("event=barcode.unreadable reason=not_a_picture bytes={}", photo.bytes().length);
      return Optional.empty();
    }
    try {
      Result r = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
          new BufferedImageLuminanceSource(image))), HINTS);
      LOG.info("event=barcode.read format={} length={}", r.getBarcodeFormat(), r.getText().length());
      return Optional.of(r.getText().strip()).filter(t -> !t.isEmpty());
    } catch (NotFoundException e) {
      LOG.info("event=barcode.unreadable reason=no_barcode width={} height={}", image.getWidth(), image.getHeight());
      return Optional.empty();
    }
  }
}
