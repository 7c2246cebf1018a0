package com.fieldops.server.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts embedded in every report (subset to the glyphs used): DejaVu Sans, shipped with the
 * server, for Latin, accents, Greek and Cyrillic; and a CJK font for Chinese, from the
 * {@code report.fonts} folder or the system (Debian {@code fonts-wqy-microhei}). Without a CJK font
 * Chinese prints as boxes: the server says so once at start-up.
 */
public final class ReportFonts {
  private static final Logger LOG = LoggerFactory.getLogger(ReportFonts.class);
  public static final String LATIN = "DejaVu Sans";
  public static final String CJK = "WenQuanYi Micro Hei";
  private static final List<Path> SYSTEM_CJK = List.of(
      Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
      Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
      Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
      Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

  private final byte[] regular;
  private final byte[] bold;
  private final byte[] cjk;
  private final Path cjkSource;

  private ReportFonts(byte[] regular, byte[] bold, byte[] cjk, Path cjkSource) {
    this.regular = regular;
    this.bold = bold;
    this.cjk = cjk;
    this.cjkSource = cjkSource;
  }

  /** The shipped Latin fonts and the first CJK font found in {@code folder} (may be null) or the system. */
  public static ReportFonts load(Path folder) {
    byte[] regular = resource("fonts/DejaVuSans.ttf");
    byte[] bold = resource("fonts/DejaVuSans-Bold.ttf");
    List<Path> candidates = new ArrayList<>();
    if (folder != null && Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttc|ttf)$")).sorted()
            .forEach(candidates::add);
      } catch (IOException e) {
        LOG.atWarn().setMessage("report fonts folder unreadable").addKeyValue("event", "report.fonts.unreadable")
            .addKeyValue("folder", folder).log();
      }
    }
    candidates.addAll(SYSTEM_CJK);
    for (Path p : candidates) {
      if (Files.isReadable(p)) {
        try {
          byte[] bytes = Files.size(p) > 0 ? head(p) : null;
          if (bytes == null) {
            continue;
          }
          LOG.atInfo().setMessage("report fonts").addKeyValue("event", "report.fonts").addKeyValue("latin", LATIN)
              .addKeyValue("cjk", p).log();
          return new ReportFonts(regular, bold, bytes, p);
        } catch (IOException e) {
          // try the next one
        }
      }
    }
    LOG.atWarn().setMessage("no Chinese font found: Chinese text on service reports prints as boxes; install"
        + " fonts-wqy-microhei or put a TTF/TTC into the report.fonts folder")
        .addKeyValue("event", "report.fonts.noCjk").log();
    return new ReportFonts(regular, bold, null, null);
  }

  public Optional<Path> cjkSource() {
    return Optional.ofNullable(cjkSource);
  }

  /**
   * Registers the fonts for one rendering into {@code doc}. Returns what must stay open until the
   * document is saved (the CJK collection), or null.
   */
  TrueTypeCollection register(PdfRendererBuilder b, PDDocument doc) throws IOException {
    b.useFont(() -> new ByteArrayInputStream(regular), LATIN, 400, FontStyle.NORMAL, true);
    b.useFont(() -> new ByteArrayInputStream(bold), LATIN, 700, FontStyle.NORMAL, true);
    if (cjk == null) {
      return null;
    }
    // read from the file, not a copy in memory: a CJK collection is megabytes and a report uses a few glyphs
    TrueTypeCollection collection = cjk.length >= 4 && new String(cjk, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)
        .equals("ttcf") ? new TrueTypeCollection(cjkSource.toFile()) : null;
    TrueTypeFont font;
    if (collection != null) {
      TrueTypeFont[] first = new TrueTypeFont[1];
      collection.processAllFonts(f -> {
        if (first[0] == null) {
          first[0] = f;
        }
      });
      font = first[0];
    } else {
      font = new org.apache.fontbox.ttf.TTFParser().parse(new RandomAccessReadBuffer(cjk));
      // closed with the document's save: the parsed font reads from the buffer
    }
    PDType0Font pd = PDType0Font.load(doc, font, true);
    // one face for every weight: Chinese in a bold cell stays Chinese instead of falling back to boxes
    b.useFont(new PDFontSupplier(pd), CJK, 400, FontStyle.NORMAL, true);
    b.useFont(new PDFontSupplier(pd), CJK, 700, FontStyle.NORMAL, true);
    return collection;
  }

  /** The file's bytes for a TTF (small), or its first bytes for a collection (read from the file when used). */
  private static byte[] head(Path p) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      byte[] start = in.readNBytes(4);
      if (new String(start, java.nio.charset.StandardCharsets.US_ASCII).equals("ttcf")) {
        return start;
      }
    }
    return Files.readAllBytes(p);
  }

  private static byte[] resource(String name) {
    try (InputStream in = ReportFonts.class.getResourceAsStream("/com/fieldops/server/report/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing font resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
