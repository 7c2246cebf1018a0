package com.fieldops.server.report;

import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentStatus;
import com.fieldops.report.model.CustomerSignature;
import com.fieldops.report.model.ReportSnapshot;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.model.SignaturePoint;
import com.fieldops.report.model.SignatureStroke;
import com.fieldops.report.model.SlaOutcome;
import com.fieldops.sla.ClockState;
import com.fieldops.sla.Milestone;
import com.fieldops.sla.MilestoneClock;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistItem;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;

/** A report with every section filled: Chinese and accented names, six photos, a drawn signature. */
final class ReportSamples {
  static final Instant CREATED = Instant.parse("2026-03-02T01:10:00Z");
  static final Instant ARRIVED = Instant.parse("2026-03-02T03:05:00Z");
  static final Instant COMPLETED = Instant.parse("2026-03-02T05:40:00Z");

  private ReportSamples() {}

  static ReportContent content(String language, String note) {
    UUID customerId = UUID.randomUUID();
    UUID siteId = UUID.randomUUID();
    UUID woId = UUID.randomUUID();
    Address address = new Address("浦东新区张江路 88 号 3 栋", "201203", "上海", null, "CN");
    Customer customer = new Customer(customerId, "上海澄明精密机械有限公司 (Zhōu & Søn)", "C-10042", null, null,
        address, language);
    Site site = new Site(siteId, customerId, "张江工厂 · Hall B", address, ZoneId.of("Asia/Shanghai"), null, "east",
        null);
    Contact contact = new Contact(UUID.randomUUID(), customerId, siteId, "周伟 Zhōu Wěi", "zhou@example.cn", null,
        "设备主管", language);
    Equipment machine = new Equipment(UUID.randomUUID(), customerId, siteId, "VT-2024-00917", "Trumpf",
        "TruLaser 3030 fiber", "laser", null, null, EquipmentStatus.ACTIVE);
    WorkOrder wo = new WorkOrder(woId, "WO-2026-000123", customerId, siteId, contact.id(), machine.id(),
        WorkOrderType.REPAIR, Priority.P2, WorkOrderStatus.COMPLETED, null, UUID.randomUUID(), null, "east", null,
        null, "激光头冷却回路报警 E-417, machine stops after 10 min. Customer: \"urgent\" <script>alert(1)</script>",
        "Replaced the coolant pump and the clogged filter; flushed the circuit, pressure back at 4.2 bar. "
            + "Ran a 45-minute test cut without alarm.\n已更换冷却泵和堵塞的过滤器。" + (note == null ? "" : "\n" + note),
        CREATED, UUID.randomUUID());
    ReportSnapshot snapshot = new ReportSnapshot(wo.label(), customer.name(), site.name(), address, site.timeZone(),
        machine.serialNumber(), machine.model(), wo.problem(), wo.resolution(), "Łukasz Nowak-Żeleński", ARRIVED,
        COMPLETED, List.of(), List.of(), List.of(), SlaOutcome.MET);
    CustomerSignature signature = new CustomerSignature("周伟 (Zhōu Wěi)", COMPLETED.plusSeconds(300), null, 360, 180,
        signatureStrokes(), "服务很好，技术员很专业。Très bien — merci! <b>not bold</b>");
    ServiceReport report = new ServiceReport(ServiceReport.idFor(woId), woId, snapshot, signature, null, 0,
        COMPLETED.plusSeconds(300));
    List<ReportContent.Labour> labour = List.of(
        new ReportContent.Labour("Łukasz Nowak-Żeleński", "TRAVEL", ARRIVED.minus(Duration.ofMinutes(50)), ARRIVED),
        new ReportContent.Labour("Łukasz Nowak-Żeleński", "LABOUR", ARRIVED, COMPLETED),
        new ReportContent.Labour("李娜 Li Na", "LABOUR", ARRIVED.plus(Duration.ofMinutes(30)), COMPLETED));
    List<ReportContent.PartUsed> parts = List.of(
        new ReportContent.PartUsed("CP-4410", "Coolant pump 24 V / 冷却泵", 1, "CP4410-88213"),
        new ReportContent.PartUsed("FL-0025", "Filter cartridge 25 µm", 2, null),
        new ReportContent.PartUsed("OR-1208", "O-ring set Ø12×8 (Viton)", 1, null));
    List<ReportContent.Photo> photos = new ArrayList<>();
    String[] captions = {"Alarm E-417 on the panel", "旧冷却泵", "Clogged filter", "新过滤器已安装",
        "Pressure 4.2 bar", "Test cut / 试切"};
    for (int i = 0; i < 6; i++) {
      photos.add(new ReportContent.Photo(captions[i], ARRIVED.plus(Duration.ofMinutes(20L * i)), "image/jpeg",
          photo(i)));
    }
    Checklist checklist = new Checklist(UUID.randomUUID(), woId, "Laser safety check / 激光安全检查", List.of(
        new ChecklistItem(UUID.randomUUID(), "Interlocks tested", true, true, "OK"),
        new ChecklistItem(UUID.randomUUID(), "冷却液液位", true, true, "85 %"),
        new ChecklistItem(UUID.randomUUID(), "Coolant temperature / 冷却液温度", true, true, "18.5",
            com.fieldops.workorder.model.ChecklistAnswerKind.VALUE, "°C"),
        new ChecklistItem(UUID.randomUUID(), "Beam path cleaned", false, false, null)), COMPLETED, UUID.randomUUID());
    List<MilestoneClock> sla = List.of(
        clock(Milestone.RESPONSE, ClockState.MET, CREATED.plus(Duration.ofHours(1)), CREATED.plusSeconds(1200), null),
        clock(Milestone.ONSITE, ClockState.BREACHED, CREATED.plus(Duration.ofHours(1)), null,
            CREATED.plus(Duration.ofHours(1))),
        clock(Milestone.RESOLUTION, ClockState.MET, CREATED.plus(Duration.ofHours(8)), COMPLETED, null));
    ReportContent.Costs costs = new ReportContent.Costs("CNY", List.of(
        new ReportContent.CostLine("TRAVEL", "Łukasz Nowak-Żeleński", new BigDecimal("0.8333"),
            new BigDecimal("300.00"), new BigDecimal("250.00"), true),
        new ReportContent.CostLine("LABOUR", "Łukasz Nowak-Żeleński", new BigDecimal("2.5833"),
            new BigDecimal("400.00"), new BigDecimal("1033.33"), true),
        new ReportContent.CostLine("LABOUR", "李娜 Li Na", new BigDecimal("2.0833"), new BigDecimal("400.00"),
            new BigDecimal("0.00"), false),
        new ReportContent.CostLine("PART", "CP-4410 Coolant pump 24 V / 冷却泵", BigDecimal.ONE,
            new BigDecimal("1850.00"), new BigDecimal("1850.00"), true),
        new ReportContent.CostLine("PART", "FL-0025 Filter cartridge 25 µm", new BigDecimal("2"),
            new BigDecimal("220.00"), new BigDecimal("440.00"), true),
        new ReportContent.CostLine("PART", "OR-1208 O-ring set Ø12×8 (Viton)", BigDecimal.ONE,
            new BigDecimal("25.50"), new BigDecimal("25.50"), true)),
        new BigDecimal("1033.33"), new BigDecimal("250.00"), new BigDecimal("2315.50"), new BigDecimal("3598.83"),
        true);
    return new ReportContent(report, wo, customer, site, contact, machine, "Łukasz Nowak-Żeleński", ARRIVED,
        COMPLETED, labour, parts, photos, List.of(checklist), sla, costs);
  }

  static MilestoneClock clock(Milestone m, ClockState state, Instant due, Instant met, Instant breached) {
    return new MilestoneClock(m, state, Priority.P2, 60L, due, List.of(), met, breached, null, null, Duration.ZERO,
        null);
  }

  /** A handwritten-looking name: two loops and an underline, ~300 points. */
  static List<SignatureStroke> signatureStrokes() {
    List<SignatureStroke> strokes = new ArrayList<>();
    List<SignaturePoint> first = new ArrayList<>();
    for (int i = 0; i <= 160; i++) {
      double t = i / 160.0 * Math.PI * 4;
      first.add(new SignaturePoint(30 + i * 1.4 + 18 * Math.cos(t), 90 - 40 * Math.sin(t) * (1 - i / 320.0)));
    }
    strokes.add(new SignatureStroke(first));
    List<SignaturePoint> second = new ArrayList<>();
    for (int i = 0; i <= 80; i++) {
      double t = i / 80.0 * Math.PI * 2;
      second.add(new SignaturePoint(270 + 25 * Math.sin(t), 80 + 30 * Math.cos(t) - i * 0.3));
    }
    strokes.add(new SignatureStroke(second));
    List<SignaturePoint> line = new ArrayList<>();
    for (int i = 0; i <= 60; i++) {
      line.add(new SignaturePoint(25 + i * 5, 150 + 4 * Math.sin(i / 6.0)));
    }
    strokes.add(new SignatureStroke(line));
    return strokes;
  }

  /** A 1600×1200 JPEG (like a downscaled phone photo) with a gradient, shapes and its number. */
  static byte[] photo(int n) {
    BufferedImage img = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    Color[] colors = {new Color(0x2e86ab), new Color(0xa23b72), new Color(0xf18f01), new Color(0xc73e1d),
        new Color(0x3b1f2b), new Color(0x44af69)};
    g.setPaint(new GradientPaint(0, 0, colors[n % 6], 1600, 1200, Color.WHITE));
    g.fillRect(0, 0, 1600, 1200);
    g.setColor(Color.DARK_GRAY);
    for (int i = 0; i < 12; i++) {
      g.fillOval(100 + i * 110, 300 + (i * 97 % 500), 80 + n * 10, 80 + n * 10);
    }
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 260));
    g.drawString("#" + (n + 1), 560, 760);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "jpeg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
