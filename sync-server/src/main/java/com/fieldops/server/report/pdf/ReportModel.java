package com.fieldops.server.report.pdf;

import com.fieldops.customer.model.Address;
import com.fieldops.report.model.CustomerSignature;
import com.fieldops.server.report.ReportContent;
import com.fieldops.sla.ClockState;
import com.fieldops.sla.MilestoneClock;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistItem;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns a report's content into the values its template prints, in the customer's language and the
 * site's time zone: labels from {@code ReportMessages}, times formatted, photos as small JPEG
 * thumbnails (a 5 MB phone photo becomes ~40 KB), the signature as stroke data for
 * {@link SignatureDrawer}. Every value is plain text; the template escapes it.
 */
public final class ReportModel {
  /** Countries whose offices print on US Letter; everyone else uses A4. */
  private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR",
      "PA", "DO", "PR", "SV", "NI", "HN", "BO");
  /** Longest side of a photo thumbnail, in pixels: sharp at the printed ~6 cm, small in the file. */
  static final int THUMBNAIL_SIDE = 480;
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private final ResourceBundle text;
  private final Locale locale;
  private final ZoneId zone;
  private final DateTimeFormatter dateTime;

  private ReportModel(Locale locale, ZoneId zone) {
    this.locale = locale;
    this.zone = zone;
    this.text = ResourceBundle.getBundle("com.fieldops.server.report.ReportMessages", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.dateTime = DateTimeFormatter.ofPattern(text.getString("report.datetime.pattern"), locale).withZone(zone);
  }

  /** The customer's language: the contact's, else the customer's; Chinese or English. */
  public static Locale languageOf(ReportContent c) {
    String tag = c.contact() != null && c.contact().language() != null ? c.contact().language()
        : c.customer().language();
    return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : Locale.ENGLISH;
  }

  /** {@code A4} or {@code LETTER}: the setting, or by the site's country when it says auto. */
  public static String paperFor(String setting, Address site) {
    if (!"AUTO".equals(setting)) {
      return setting;
    }
    return site != null && site.countryCode() != null && LETTER_COUNTRIES.contains(site.countryCode()) ? "LETTER" : "A4";
  }

  public static Map<String, Object> of(ReportContent c, Locale locale, String paper, Company company) {
    return new ReportModel(locale, c.site().timeZone()).build(c, paper, company);
  }

  /** The company printed in the header and named in the seal line. */
  public record Company(String name, String address, byte[] logo) {}

  private Map<String, Object> build(ReportContent c, String paper, Company company) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lang", locale == CHINESE ? "zh-CN" : "en");
    m.put("paper", paper.equals("LETTER") ? "letter" : "A4");
    Map<String, Object> labels = new LinkedHashMap<>();
    for (String key : text.keySet()) {
      if (!key.startsWith("report.")) {
        continue;
      }
      labels.put(key.substring("report.".length()).replace('.', '_'), text.getString(key));
    }
    m.put("label", labels);
    m.put("company", map("name", company.name(), "address", company.address(),
        "logo", company.logo() == null ? null : dataUri(company.logo())));
    m.put("number", c.workOrder().label());
    m.put("date", DateTimeFormatter.ofPattern(text.getString("report.date.pattern"), locale).withZone(zone)
        .format(c.completedAt()));
    m.put("customer", map("name", c.customer().name(), "account", c.customer().accountNumber()));
    m.put("site", map("name", c.site().name(), "address", oneLine(c.site().address())));
    m.put("timesIn", format("report.timesIn", zone.getId(),
        zone.getRules().getOffset(c.completedAt()).getId().replace("Z", "+00:00")));
    if (c.equipment() != null) {
      m.put("machine", map("model", c.equipment().manufacturer() + " " + c.equipment().model(),
          "serial", c.equipment().serialNumber()));
    }
    m.put("problem", c.workOrder().problem());
    m.put("workDone", c.workOrder().resolution() == null || c.workOrder().resolution().isBlank()
        ? c.report().snapshot().resolution() : c.workOrder().resolution());
    m.put("technician", c.technicianName());
    m.put("arrived", c.arrivedAt() == null ? "-" : dateTime.format(c.arrivedAt()));
    m.put("completed", dateTime.format(c.completedAt()));
    m.put("labour", c.labour().stream().map(this::labour).toList());
    m.put("parts", c.parts().stream().map(p -> map("number", p.partNumber(), "description", p.description(),
        "quantity", String.valueOf(p.quantity()), "serial", p.serialNumber() == null ? "" : p.serialNumber())).toList());
    m.put("checklists", c.checklists().stream().map(this::checklist).toList());
    List<Map<String, Object>> photos = new ArrayList<>();
    int missing = 0;
    for (ReportContent.Photo p : c.photos()) {
      byte[] thumb = p.bytes() == null ? null : thumbnail(p.bytes());
      if (thumb == null) {
        missing++;
        continue;
      }
      photos.add(map("src", dataUri(thumb), "caption", p.caption() == null ? "" : p.caption(),
          "takenAt", p.takenAt() == null ? "" : dateTime.format(p.takenAt())));
    }
    m.put("photos", rows(photos, 3));
    m.put("hasPhotos", !photos.isEmpty() || missing > 0);
    m.put("photosMissing", missing == 0 ? null : format("report.photos.missing", missing));
    m.put("sla", c.sla().stream().map(this::milestone).toList());
    if (c.costs() != null) {
      m.put("costs", costs(c.costs(), c.site().address()));
    }
    CustomerSignature s = c.report().signature();
    m.put("comment", s.customerComment());
    m.put("signer", s.signerName());
    m.put("signedAt", dateTime.format(s.signedAt()));
    if (s.hasStrokes()) {
      m.put("signature", map("pad", num(s.padWidth()) + " " + num(s.padHeight()),
          "strokes", SignatureDrawer.encode(s.strokes()),
          "type", SignatureDrawer.CONTENT_TYPE));
    } else if (s.imagePngBase64() != null) {
      m.put("signatureImage", "data:image/png;base64," + s.imagePngBase64());
    }
    m.put("seal", format("report.seal", company.name()));
    return m;
  }

  /**
   * The costs in the job's currency, written the way the customer writes money: their language with the
   * site's country ({@code ¥1,234.50} for a Chinese customer in China, {@code $1,234.50} in the US).
   */
  private Map<String, Object> costs(ReportContent.Costs costs, Address site) {
    String country = site != null && site.countryCode() != null ? site.countryCode() : locale.getCountry();
    NumberFormat money = NumberFormat.getCurrencyInstance(new Locale(locale.getLanguage(), country));
    money.setCurrency(Currency.getInstance(costs.currency()));
    money.setRoundingMode(RoundingMode.HALF_EVEN);
    NumberFormat hours = NumberFormat.getNumberInstance(locale);
    hours.setMinimumFractionDigits(2);
    hours.setMaximumFractionDigits(2);
    List<Map<String, Object>> lines = new ArrayList<>();
    for (ReportContent.CostLine l : costs.lines()) {
      boolean part = "PART".equals(l.kind());
      lines.add(map("kind", label("report.kind." + l.kind(), l.kind()), "item", l.item(),
          "quantity", part ? l.quantity().stripTrailingZeros().toPlainString()
              : format("report.costs.hours", hours.format(l.quantity())),
          "unitPrice", l.unitPrice() == null ? "" : money.format(l.unitPrice()),
          "amount", l.amount() == null ? "" : money.format(l.amount()),
          "notCharged", l.billable() ? null : text.getString("report.costs.notCharged")));
    }
    return map("currency", costs.currency(), "lines", lines,
        "labour", money.format(costs.labour()), "travel", money.format(costs.travel()),
        "parts", money.format(costs.parts()), "total", money.format(costs.total()),
        "incomplete", costs.complete() ? null : text.getString("report.costs.incomplete"));
  }

  private Map<String, Object> labour(ReportContent.Labour l) {
    double hours = Duration.between(l.start(), l.end()).toMinutes() / 60.0;
    NumberFormat n = NumberFormat.getNumberInstance(locale);
    n.setMinimumFractionDigits(2);
    n.setMaximumFractionDigits(2);
    return map("who", l.technicianName(), "kind", label("report.kind." + l.kind(), l.kind()),
        "from", dateTime.format(l.start()), "to", sameDay(l.start(), l.end())
            ? DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone).format(l.end()) : dateTime.format(l.end()),
        "hours", n.format(hours));
  }

  private boolean sameDay(Instant a, Instant b) {
    return a.atZone(zone).toLocalDate().equals(b.atZone(zone).toLocalDate());
  }

  private Map<String, Object> checklist(Checklist list) {
    return map("title", list.title(), "items", list.items().stream().filter(Objects::nonNull)
        .map((ChecklistItem i) -> map("text", i.text(),
            "result", i.done() ? text.getString("report.checklist.done") : text.getString("report.checklist.open"),
            "done", i.done(), "answer", reading(i),
            "required", i.required() ? text.getString("report.checklist.required") : ""))
        .toList());
  }

  /** The item's answer; a measured value with its unit ({@code 4.2 bar}), as the technician read it. */
  private static String reading(ChecklistItem i) {
    if (i.answer() == null || i.answer().isBlank()) {
      return "";
    }
    boolean withUnit = i.answerKind() == ChecklistAnswerKind.VALUE && i.unit() != null && !i.unit().isBlank();
    return withUnit ? i.answer().strip() + " " + i.unit().strip() : i.answer();
  }

  private Map<String, Object> milestone(MilestoneClock clock) {
    Instant at = clock.metAt() != null ? clock.metAt() : clock.breachedAt();
    return map("milestone", label("report.milestone." + clock.milestone().name(), clock.milestone().name()),
        "due", clock.dueAt() == null ? "-" : dateTime.format(clock.dueAt()),
        "result", label("report.sla.state." + clock.state().name(), clock.state().name()),
        "met", clock.state() == ClockState.MET, "missed", clock.state() == ClockState.BREACHED,
        "at", at == null ? "" : dateTime.format(at));
  }

  private String label(String key, String fallback) {
    return text.containsKey(key) ? text.getString(key) : fallback;
  }

  private String format(String key, Object... args) {
    return new MessageFormat(text.getString(key), locale).format(args);
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String oneLine(Address a) {
    return Stream.of(a.street(), Stream.of(a.postalCode(), a.city()).filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" ")), a.region(), a.countryCode())
        .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
  }

  /** Photos three to a row: tables lay out predictably on every page size. */
  private static List<Map<String, Object>> rows(List<Map<String, Object>> items, int perRow) {
    List<Map<String, Object>> rows = new ArrayList<>();
    Iterator<Map<String, Object>> it = items.iterator();
    while (it.hasNext()) {
      List<Map<String, Object>> cells = new ArrayList<>();
      for (int i = 0; i < perRow && it.hasNext(); i++) {
        cells.add(it.next());
      }
      rows.add(map("cells", cells));
    }
    return rows;
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] != null) {
        m.put((String) kv[i], kv[i + 1]);
      }
    }
    return m;
  }

  private static String dataUri(byte[] image) {
    String type = image.length > 3 && (image[0] & 0xff) == 0x89 && image[1] == 'P' ? "image/png" : "image/jpeg";
    return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(image);
  }

  /** A JPEG at most {@link #THUMBNAIL_SIDE} px on its longest side, or null when the bytes are no image. */
  static byte[] thumbnail(byte[] bytes) {
    try {
      BufferedImage src = ImageIO.read(new ByteArrayInputStream(bytes));
      if (src == null) {
        return null;
      }
      double scale = Math.min(1.0, (double) THUMBNAIL_SIDE / Math.max(src.getWidth(), src.getHeight()));
      int w = Math.max(1, (int) Math.round(src.getWidth() * scale));
      int h = Math.max(1, (int) Math.round(src.getHeight() * scale));
      BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = out.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.drawImage(src, 0, 0, w, h, null);
      g.dispose();
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(buf)) {
        writer.setOutput(ios);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.8f);
        writer.write(null, new IIOImage(out, null, null), param);
      } finally {
        writer.dispose();
      }
      return buf.toByteArray();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
