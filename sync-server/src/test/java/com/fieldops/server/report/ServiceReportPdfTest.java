package com.fieldops.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.server.report.pdf.ReportFonts;
import com.fieldops.server.report.pdf.ReportModel;
import com.fieldops.server.report.pdf.ReportPdf;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The report as a customer reads it: every section, their language, fonts embedded, text never markup. */
class ServiceReportPdfTest {
  static final ReportPdf PDF = new ReportPdf(ReportPdf.template(null), ReportFonts.load(null));
  static final ReportModel.Company COMPANY = new ModelCompany().company();

  record ModelCompany() {
    ReportModel.Company company() {
      return new ReportModel.Company("Nordwind Service GmbH", "Hafenstraße 12, 20457 Hamburg · +49 40 123 456", null);
    }
  }

  static byte[] render(ReportContent c, Locale locale, String paper) {
    Map<String, Object> model = ReportModel.of(c, locale, paper, COMPANY);
    return PDF.render(model);
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void aChineseCustomerGetsEverySectionInChineseWithNamesAndTimesOfTheSite() throws Exception {
    ReportContent c = ReportSamples.content("zh-CN", null);

    byte[] pdf = render(c, ReportModel.languageOf(c), "A4");
    Files.createDirectories(Path.of("target/reports"));
    Files.write(Path.of("target/reports/report-zh.pdf"), pdf);

    String text = text(pdf);
    assertThat(ReportModel.languageOf(c)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(text).contains("服务报告", "WO-2026-000123", "上海澄明精密机械有限公司", "Zhōu & Søn",
        "TruLaser 3030", "VT-2024-00917", "Łukasz Nowak-Żeleński", "李娜", "CP-4410", "CP4410-88213",
        "周伟 (Zhōu Wěi)", "服务很好", "Très bien", "激光安全检查", "响应", "未达成", "18.5 °C");
    // completed 05:40 UTC is 13:40 in Shanghai
    assertThat(text).contains("13:40").contains("Asia/Shanghai");
    assertThat(text).as("text is never markup").contains("<script>alert(1)</script>").contains("<b>not bold</b>");
  }

  @Test
  void anEnglishCustomerGetsEnglishLabelsOnLetterPaperAndEveryFontIsEmbedded() throws Exception {
    ReportContent c = ReportSamples.content("en", null);

    byte[] pdf = render(c, ReportModel.languageOf(c), "LETTER");
    Files.createDirectories(Path.of("target/reports"));
    Files.write(Path.of("target/reports/report-en.pdf"), pdf);

    assertThat(text(pdf)).contains("Service report", "Parts used", "Customer's signature", "Missed", "Response");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPage first = doc.getPage(0);
      assertThat(first.getMediaBox().getWidth()).isEqualTo(612f); // 8.5 in
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
  }

  @Test
  void aChineseCustomerWhoseContractShowsCostsReadsThemInChineseInYuanWithTotalsThatAddUp() throws Exception {
    ReportContent c = ReportSamples.content("zh-CN", null);

    String text = text(render(c, ReportModel.languageOf(c), "A4"));

    assertThat(text).contains("费用 (CNY)", "类型", "单价", "金额", "路程", "维修", "备件", "0.83 小时", "2.58 小时",
        "（不收费）", "CP-4410 Coolant pump", "工时费（维修与等待）", "路程费", "备件费", "合计");
    assertThat(text).contains("¥250.00", "¥1,033.33", "¥0.00", "¥1,850.00", "¥2,315.50", "¥3,598.83");
    assertThat(text).as("no cost label left in English").doesNotContain("Costs", "Travel", "Labour", "Total",
        "Unit price", "Amount", "not charged");
  }

  @Test
  void anEnglishCustomerInTheUsReadsDollarsAndWithoutCostsOnTheContractThereIsNoCostsSection() throws Exception {
    ReportContent c = ReportSamples.content("en", null);
    Site us = new Site(c.site().id(), c.customer().id(), "Plant 2", new Address("1 Main Street", "10001", "New York",
        "NY", "US"), ZoneId.of("America/New_York"), null, "north", null);
    ReportContent.Costs usd = new ReportContent.Costs("USD", c.costs().lines(), c.costs().labour(),
        c.costs().travel(), c.costs().parts(), c.costs().total(), false);

    String withCosts = text(render(with(c, us, c.customer(), usd), Locale.ENGLISH, "LETTER"));
    String without = text(render(with(c, us, c.customer(), null), Locale.ENGLISH, "LETTER"));

    assertThat(withCosts).contains("Costs (USD)", "Travel", "Labour (work and waiting)", "Parts", "Total",
        "$3,598.83", "$1,033.33", "0.83 h", "(not charged)",
        "Some time or parts have no price yet and are not in these totals.");
    assertThat(without).doesNotContain("Costs", "$", "3,598.83", "Unit price");
  }

  @Test
  void markupAndScriptInTheCustomersNameANoteAndTheCommentPrintAsTheTextTheyAre() throws Exception {
    String evil = "<script>alert('x')</script><img src=\"http://example.invalid/x.png\"/>";
    ReportContent c = ReportSamples.content("en", "Note: <b>bold?</b> & <a href=\"http://example.invalid\">link</a>");
    Customer named = new Customer(c.customer().id(), "ACME " + evil, c.customer().accountNumber(), null, null,
        c.customer().billingAddress(), "en");

    Map<String, Object> model = ReportModel.of(with(c, c.site(), named, c.costs()), Locale.ENGLISH, "A4", COMPANY);
    String html = PDF.html(model);
    String text = text(PDF.render(model));

    assertThat(html).doesNotContain("<script>", "<img src=\"http://", "<a href=", "<b>bold");
    // long texts wrap: compare without the line breaks the layout put in
    assertThat(text.replaceAll("\\s+", "")).contains(
        "ACME<script>alert('x')</script><imgsrc=\"http://example.invalid/x.png\"/>",
        "Note:<b>bold?</b>&<ahref=\"http://example.invalid\">link</a>", "<b>notbold</b>",
        "<script>alert(1)</script>");
  }

  static ReportContent with(ReportContent c, Site site, Customer customer, ReportContent.Costs costs) {
    return new ReportContent(c.report(), c.workOrder(), customer, site, c.contact(), c.equipment(),
        c.technicianName(), c.arrivedAt(), c.completedAt(), c.labour(), c.parts(), c.photos(), c.checklists(),
        c.sla(), costs);
  }

  @Test
  void theReportIsMarkedPdfA3uWithAnSrgbOutputIntentAndStaysSoAndValidOnceSealed() throws Exception {
    ReportContent c = ReportSamples.content("zh-CN", null);
    byte[] pdf = render(c, ReportModel.languageOf(c), "A4");

    byte[] sealed = ReportSealTest.seal(null).seal(pdf, "Service report " + c.workOrder().label());

    for (byte[] file : List.of(pdf, sealed)) {
      try (PDDocument doc = Loader.loadPDF(file)) {
        var catalog = doc.getDocumentCatalog();
        String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
        assertThat(xmp).containsPattern("pdfaid:part(>|=\")3").containsPattern("pdfaid:conformance(>|=\")U");
        assertThat(catalog.getOutputIntents()).hasSize(1);
        assertThat(catalog.getOutputIntents().get(0).getOutputConditionIdentifier()).contains("sRGB");
        assertThat(catalog.getOutputIntents().get(0).getDestOutputIntent()).isNotNull();
        assertThat(doc.getDocumentInformation().getTitle()).contains("WO-2026-000123");
        for (PDPage page : doc.getPages()) {
          for (var name : page.getResources().getFontNames()) {
            assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
          }
        }
      }
    }
    String raw = new String(sealed, StandardCharsets.ISO_8859_1);
    assertThat(raw).as("no external resource is referenced").doesNotContain("/URI", "/Launch", "/JavaScript",
        "/JS ");
    assertThat(ReportSealTest.pdfsig(sealed, "sealed-pdfa.pdf")).contains("Signature is Valid.")
        .contains("Total document signed");
  }

  /**
   * The first page in both languages on both papers, with a logo, as PNGs in target/screenshots for a
   * person to open (pdftoppm, as a customer's viewer would draw it).
   */
  @Test
  void theFirstPageInBothLanguagesOnA4AndLetterIsDrawnForAPersonToLookAt() throws Exception {
    ReportModel.Company withLogo = new ReportModel.Company(COMPANY.name(), COMPANY.address(), logo());
    Path dir = Path.of("target/screenshots");
    Files.createDirectories(dir);
    for (String language : List.of("en", "zh-CN")) {
      for (String paper : List.of("A4", "LETTER")) {
        ReportContent c = ReportSamples.content(language, null);
        byte[] pdf = PDF.render(ReportModel.of(c, ReportModel.languageOf(c), paper, withLogo));
        Path file = dir.resolve("report-" + language + "-" + paper.toLowerCase(Locale.ROOT) + ".pdf");
        Files.write(file, pdf);
        String png = file.toString().replace(".pdf", "");
        Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
            file.toString(), png).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        java.awt.image.BufferedImage page = javax.imageio.ImageIO.read(Path.of(png + ".png").toFile());
        // 80 dpi: A4 is 8.27 x 11.69 in, Letter 8.5 x 11 in
        assertThat(page.getWidth()).isCloseTo(paper.equals("A4") ? 661 : 680, org.assertj.core.api.Assertions.within(2));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
          String last = new PDFTextStripper() {{ setStartPage(doc.getNumberOfPages()); }}.getText(doc);
          int pages = doc.getNumberOfPages();
          assertThat(last).contains(language.equals("en") ? "Page " + pages + " / " + pages
              : "第 " + pages + " 页，共 " + pages + " 页");
        }
      }
    }
  }

  /** A small company logo with a transparent background (PNG with alpha). */
  static byte[] logo() throws java.io.IOException {
    java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(360, 120,
        java.awt.image.BufferedImage.TYPE_INT_ARGB);
    java.awt.Graphics2D g = img.createGraphics();
    g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new java.awt.Color(0x0d3b66));
    g.fillRoundRect(0, 10, 100, 100, 30, 30);
    g.setColor(java.awt.Color.WHITE);
    g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 56));
    g.drawString("NW", 8, 82);
    g.setColor(new java.awt.Color(0x0d3b66));
    g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 44));
    g.drawString("Nordwind", 115, 78);
    g.dispose();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(img, "png", out);
    return out.toByteArray();
  }
}
