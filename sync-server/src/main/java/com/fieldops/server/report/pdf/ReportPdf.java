package com.fieldops.server.report.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders a report's HTML/CSS template to PDF with openhtmltopdf on PDFBox: fonts embedded, the
 * signature drawn as vector paths, nothing fetched from outside (only {@code data:} URIs load), and
 * marked PDF/A-3u (XMP identification, an sRGB output intent) so archives keep and check it as such.
 * PDF/A-3 rather than 1 or 2: it is the part that allows the later incremental PAdES seal and
 * transparent logos.
 */
public final class ReportPdf {
  private static final String BUILT_IN = "/com/fieldops/server/report/service-report.html";

  static {
    // openhtmltopdf logs every CSS property it does not know at INFO through java.util.logging
    XRLog.listRegisteredLoggers().forEach(l -> XRLog.setLevel(l, java.util.logging.Level.WARNING));
  }

  /** Part 3, level U: every text maps to Unicode (Chinese names can be searched and copied). */
  public static final PdfRendererBuilder.PdfAConformance CONFORMANCE = PdfRendererBuilder.PdfAConformance.PDFA_3_U;
  /** The output intent's profile: the JDK's own sRGB, so no ICC file has to ship or be fetched. */
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private final ReportTemplate template;
  private final ReportFonts fonts;

  public ReportPdf(ReportTemplate template, ReportFonts fonts) {
    this.template = template;
    this.fonts = fonts;
  }

  /** The built-in template, or the company's copy at {@code file} (checked now: a broken one fails start-up). */
  public static ReportTemplate template(Path file) {
    try {
      if (file != null) {
        return new ReportTemplate(Files.readString(file, StandardCharsets.UTF_8));
      }
      try (InputStream in = ReportPdf.class.getResourceAsStream(BUILT_IN)) {
        return new ReportTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report template " + file, e);
    }
  }

  public String html(Map<String, ?> model) {
    return template.render(model);
  }

  public byte[] render(Map<String, ?> model) {
    return renderHtml(html(model));
  }

  public byte[] renderHtml(String html) {
    try (PDDocument doc = new PDDocument()) {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.usePDDocument(doc);
      b.withHtmlContent(html, null);
      b.useFastMode();
      b.withProducer("FieldOps");
      b.usePdfAConformance(CONFORMANCE);
      b.useColorProfile(SRGB);
      DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
      drawers.registerDrawer(SignatureDrawer.CONTENT_TYPE, new SignatureDrawer());
      b.useObjectDrawerFactory(drawers);
      // no external resources: a template or a text can never make the server fetch a URL
      b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
          ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
          ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      TrueTypeCollection keepOpen = fonts.register(b, doc);
      try {
        PdfBoxRenderer renderer = b.buildPdfRenderer();
        try {
          renderer.layout();
          renderer.createPDFWithoutClosing();
        } finally {
          renderer.close();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        doc.save(out);
        return out.toByteArray();
      } finally {
        if (keepOpen != null) {
          keepOpen.close();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("report rendering failed", e);
    }
  }
}
