package com.fieldops.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.server.report.pdf.ReportFonts;
import com.fieldops.server.report.pdf.ReportModel;
import com.fieldops.server.report.pdf.ReportPdf;
import java.nio.file.Files;
import java.nio.file.Path;
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
        "周伟 (Zhōu Wěi)", "服务很好", "Très bien", "激光安全检查", "响应", "未达成", "3,355.50");
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
}
