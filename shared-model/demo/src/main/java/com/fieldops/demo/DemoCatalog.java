package com.fieldops.demo;

import java.util.List;

/**
 * What the demo company services and stocks: equipment kinds with the skill they need and typical
 * faults (in English, German and Chinese, as the customer's dispatcher would write them), and
 * the part families of the catalogue.
 */
final class DemoCatalog {
  private DemoCatalog() {}

  static final List<String> SKILLS = List.of("HVAC", "REFRIGERATION", "ELECTRICAL", "LIFTS", "FIRE_SAFETY", "POWER",
      "MECHANICAL");

  /** Text in the three demo languages. */
  record Text(String en, String de, String zh) {
    String in(DemoRegion region) {
      return switch (region.country) {
        case "DE" -> de;
        case "CN" -> zh;
        default -> en;
      };
    }
  }

  record EquipmentKind(String category, String skill, String serialPrefix, int warrantyYears, List<String> models,
      List<Text> problems, List<Text> resolutions) {}

  static final List<EquipmentKind> EQUIPMENT = List.of(
      new EquipmentKind("Chiller", "REFRIGERATION", "CH", 2,
          List.of("Carrier|30RB-262", "Trane|CGAM 070", "Daikin|EWAD-TZ 310"),
          List.of(new Text("Chiller trips on high pressure", "Kältemaschine schaltet auf Hochdruck ab", "冷水机组高压跳闸"),
              new Text("Low refrigerant alarm on circuit 2", "Kältemittelmangel-Alarm Kreis 2", "2号回路冷媒不足报警"),
              new Text("Compressor noisy at start-up", "Verdichter beim Anlauf laut", "压缩机启动时噪音大"),
              new Text("Chilled water too warm", "Kaltwasser zu warm", "冷冻水温度过高")),
          List.of(new Text("Cleaned condenser coils, reset high-pressure switch", "Verflüssiger gereinigt, HD-Schalter zurückgesetzt", "清洗冷凝器盘管，复位高压开关"),
              new Text("Found and brazed leak, recharged refrigerant", "Leck gefunden und gelötet, Kältemittel nachgefüllt", "找到漏点并焊接，补充冷媒"),
              new Text("Replaced expansion valve", "Expansionsventil getauscht", "更换膨胀阀"))),
      new EquipmentKind("Boiler", "HVAC", "BO", 5,
          List.of("Viessmann|Vitocrossal 300", "Buderus|Logano plus KB372", "Bosch|Condens 7000 F"),
          List.of(new Text("Boiler locks out on ignition failure", "Kessel geht auf Zündstörung", "锅炉点火失败锁定"),
              new Text("No hot water in the east wing", "Kein Warmwasser im Ostflügel", "东翼没有热水"),
              new Text("Flue gas values out of range", "Abgaswerte außerhalb der Toleranz", "烟气值超出范围")),
          List.of(new Text("Replaced ignition electrode, adjusted gas valve", "Zündelektrode getauscht, Gasventil eingestellt", "更换点火电极，调整燃气阀"),
              new Text("Replaced circulation pump", "Umwälzpumpe getauscht", "更换循环泵"),
              new Text("Cleaned burner and heat exchanger, combustion test passed", "Brenner und Wärmetauscher gereinigt, Abgasmessung i.O.", "清洁燃烧器和换热器，燃烧测试合格"))),
      new EquipmentKind("Air handling unit", "HVAC", "AH", 2,
          List.of("Trox|X-CUBE", "Swegon|GOLD RX 40", "Daikin|Modular L"),
          List.of(new Text("Supply fan does not start", "Zuluftventilator läuft nicht an", "送风机无法启动"),
              new Text("Filter alarm, rooms stuffy", "Filteralarm, Räume stickig", "过滤器报警，房间闷热"),
              new Text("Belt squealing", "Keilriemen quietscht", "皮带发出尖叫声")),
          List.of(new Text("Replaced filters G4 and F7", "Filter G4 und F7 getauscht", "更换 G4 和 F7 过滤器"),
              new Text("Replaced V-belt and re-tensioned", "Keilriemen getauscht und gespannt", "更换三角皮带并重新张紧"),
              new Text("Replaced fan motor contactor", "Schütz des Ventilatormotors getauscht", "更换风机电机接触器"))),
      new EquipmentKind("Cold room", "REFRIGERATION", "CR", 2,
          List.of("Bitzer|ECOLINE 4FES-5Y", "Danfoss|Optyma Plus", "Copeland|Scroll ZB45"),
          List.of(new Text("Cold room at +9 °C, goods at risk", "Kühlzelle bei +9 °C, Ware gefährdet", "冷库温度 +9 °C，货物有风险"),
              new Text("Evaporator iced up", "Verdampfer vereist", "蒸发器结冰"),
              new Text("Door heater faulty", "Türrahmenheizung defekt", "门框加热器故障")),
          List.of(new Text("Defrost timer replaced, evaporator defrosted", "Abtauuhr getauscht, Verdampfer abgetaut", "更换化霜定时器，蒸发器已化霜"),
              new Text("Replaced condenser fan motor", "Verflüssigerlüftermotor getauscht", "更换冷凝风扇电机"),
              new Text("Replaced temperature sensor, recalibrated controller", "Temperaturfühler getauscht, Regler kalibriert", "更换温度传感器，重新校准控制器"))),
      new EquipmentKind("Lift", "LIFTS", "LF", 2,
          List.of("Schindler|3300", "KONE|MonoSpace 500", "Otis|Gen2"),
          List.of(new Text("Lift stuck between floors 3 and 4", "Aufzug steckt zwischen 3. und 4. OG", "电梯卡在3楼和4楼之间"),
              new Text("Doors reopen repeatedly", "Türen öffnen sich immer wieder", "电梯门反复打开"),
              new Text("Lift stops with a jolt", "Aufzug hält ruckartig", "电梯停靠时有顿挫")),
          List.of(new Text("Replaced door roller and adjusted door operator", "Türrolle getauscht, Türantrieb justiert", "更换门滚轮并调整门机"),
              new Text("Cleaned door sill, light curtain realigned", "Schwelle gereinigt, Lichtvorhang ausgerichtet", "清洁地坎，重新校准光幕"),
              new Text("Adjusted brake, test run passed", "Bremse eingestellt, Probefahrt i.O.", "调整制动器，试运行正常"))),
      new EquipmentKind("Fire alarm panel", "FIRE_SAFETY", "FA", 3,
          List.of("Bosch|AVENAR 8000", "Siemens|Cerberus PRO FC722", "Honeywell|Notifier NFS2-3030"),
          List.of(new Text("Fault on detector loop 2", "Störung Meldelinie 2", "探测回路2故障"),
              new Text("False alarms in the kitchen", "Fehlalarme in der Küche", "厨房误报警"),
              new Text("Annual inspection due", "Jährliche Inspektion fällig", "年度检查到期")),
          List.of(new Text("Replaced two smoke detectors, loop fault cleared", "Zwei Rauchmelder getauscht, Linienstörung behoben", "更换两个烟感探测器，回路故障已排除"),
              new Text("Replaced kitchen detector with heat detector", "Küchenmelder durch Wärmemelder ersetzt", "厨房探测器更换为感温探测器"),
              new Text("Inspection done, all detectors tested", "Inspektion durchgeführt, alle Melder geprüft", "检查完成，所有探测器已测试"))),
      new EquipmentKind("UPS", "POWER", "UP", 3,
          List.of("APC|Symmetra PX 100kW", "Eaton|93PM", "Vertiv|Liebert EXL S1"),
          List.of(new Text("UPS on bypass after battery alarm", "USV im Bypass nach Batteriealarm", "电池报警后 UPS 转旁路"),
              new Text("Battery runtime too short", "Batterieautonomie zu kurz", "电池后备时间过短")),
          List.of(new Text("Replaced battery string, load back on inverter", "Batteriestrang getauscht, Last wieder auf Wechselrichter", "更换电池组，负载恢复逆变器供电"),
              new Text("Replaced fan and capacitor, self-test passed", "Lüfter und Kondensator getauscht, Selbsttest i.O.", "更换风扇和电容，自检通过"))),
      new EquipmentKind("Generator", "POWER", "GE", 2,
          List.of("Caterpillar|C15", "Cummins|C500D5", "MTU|12V2000"),
          List.of(new Text("Generator fails monthly test run", "Notstromaggregat besteht Probelauf nicht", "发电机月度试运行失败"),
              new Text("Coolant leak", "Kühlmittelverlust", "冷却液泄漏")),
          List.of(new Text("Replaced starter battery and fuel filter", "Starterbatterie und Kraftstofffilter getauscht", "更换启动电池和燃油滤清器"),
              new Text("Replaced hose and topped up coolant", "Schlauch getauscht, Kühlmittel nachgefüllt", "更换软管并补充冷却液"))),
      new EquipmentKind("Air compressor", "MECHANICAL", "AC", 2,
          List.of("Atlas Copco|GA 37 VSD", "Kaeser|ASD 40"),
          List.of(new Text("Compressor overheats", "Kompressor überhitzt", "空压机过热"),
              new Text("Pressure drops in the network", "Druckabfall im Netz", "管网压力下降")),
          List.of(new Text("Replaced oil and oil filter, cleaned cooler", "Öl und Ölfilter gewechselt, Kühler gereinigt", "更换机油和机油滤清器，清洁冷却器"),
              new Text("Found and fixed leak at coupling", "Leck an Kupplung behoben", "修复接头处泄漏"))));

  static final List<Text> NOTES = List.of(
      new Text("Customer asks to call 30 minutes before arrival", "Kunde bittet um Anruf 30 Minuten vorher", "客户要求到达前30分钟致电"),
      new Text("Access via loading bay, ask for the key at reception", "Zugang über die Laderampe, Schlüssel am Empfang", "从装卸区进入，在前台取钥匙"),
      new Text("Parking in the courtyard is allowed", "Parken im Hof erlaubt", "可以在院内停车"),
      new Text("Safety shoes and helmet required on site", "Sicherheitsschuhe und Helm Pflicht", "现场必须穿安全鞋、戴安全帽"),
      new Text("Spoke to facility manager, fault occurs at night only", "Mit Haustechnik gesprochen, Fehler nur nachts", "已与设施经理沟通，故障只在夜间出现"),
      new Text("Part ordered, ETA two working days", "Teil bestellt, Lieferung in zwei Werktagen", "备件已订购，预计两个工作日到货"));

  static final List<Text> CHECKLIST_ITEMS = List.of(
      new Text("Isolate and lock out power", "Freischalten und gegen Wiedereinschalten sichern", "断电并上锁挂牌"),
      new Text("Visual inspection for leaks and damage", "Sichtprüfung auf Undichtigkeiten und Schäden", "目视检查泄漏和损坏"),
      new Text("Check and record operating pressures", "Betriebsdrücke prüfen und notieren", "检查并记录运行压力"),
      new Text("Clean or replace filters", "Filter reinigen oder tauschen", "清洁或更换过滤器"),
      new Text("Test safety devices", "Sicherheitseinrichtungen prüfen", "测试安全装置"),
      new Text("Customer informed of findings", "Kunde über Befund informiert", "已告知客户检查结果"));

  /** A family of parts: SKU prefix, name pattern ({0} = size), sizes, cost range in EUR, serialized or not. */
  record PartFamily(String prefix, String name, List<String> sizes, double minCost, double maxCost, boolean serialized,
      String unit) {}

  static final List<PartFamily> PART_FAMILIES = List.of(
      new PartFamily("FLT", "Air filter G4 {0}", List.of("287x592", "592x592", "490x592", "287x287", "400x500"), 4, 18, false, "pcs"),
      new PartFamily("FLP", "Pocket filter F7 {0}", List.of("592x592x360", "287x592x360", "490x592x360", "592x592x600"), 18, 60, false, "pcs"),
      new PartFamily("BLT", "V-belt SPA {0}", List.of("1000", "1250", "1400", "1600", "1800", "2000", "2240", "2500"), 6, 25, false, "pcs"),
      new PartFamily("TXV", "Thermostatic expansion valve {0}", List.of("R410A 3/8\"", "R410A 1/2\"", "R32 3/8\"", "R134a 1/2\"", "R407C 5/8\""), 45, 180, false, "pcs"),
      new PartFamily("PTR", "Pressure transducer 0-{0} bar", List.of("10", "16", "25", "30", "50"), 40, 140, false, "pcs"),
      new PartFamily("SEN", "Temperature sensor {0}", List.of("NTC 10k", "NTC 5k", "PT1000", "PT100", "NTC 2k2"), 8, 45, false, "pcs"),
      new PartFamily("CTR", "Contactor {0}", List.of("9 A", "12 A", "18 A", "25 A", "32 A", "40 A", "65 A"), 15, 120, false, "pcs"),
      new PartFamily("FUS", "Fuse gG {0}", List.of("2 A", "4 A", "6 A", "10 A", "16 A", "20 A", "25 A", "32 A", "63 A"), 0.8, 6, false, "pcs"),
      new PartFamily("CAP", "Run capacitor {0}", List.of("5 µF", "10 µF", "20 µF", "30 µF", "40 µF", "50 µF"), 6, 30, false, "pcs"),
      new PartFamily("FAN", "Fan motor {0}", List.of("150 W", "250 W", "370 W", "550 W", "750 W", "1.1 kW"), 120, 650, true, "pcs"),
      new PartFamily("CMP", "Scroll compressor {0}", List.of("5 kW", "7.5 kW", "10 kW", "15 kW", "20 kW"), 900, 2600, true, "pcs"),
      new PartFamily("PCB", "Controller board {0}", List.of("CB-100", "CB-200", "CB-300", "MX-7", "MX-9", "DX-4"), 180, 900, true, "pcs"),
      new PartFamily("REF", "Refrigerant {0} cylinder", List.of("R410A 10 kg", "R32 9 kg", "R134a 12 kg", "R407C 11 kg", "R404A 10 kg"), 90, 420, false, "pcs"),
      new PartFamily("PMP", "Circulation pump {0}", List.of("25-40", "25-60", "32-80", "40-120", "50-150"), 140, 780, true, "pcs"),
      new PartFamily("IGN", "Ignition electrode {0}", List.of("type A", "type B", "type C", "Vitocrossal", "Logano"), 12, 48, false, "pcs"),
      new PartFamily("GSV", "Gas valve {0}", List.of("1/2\"", "3/4\"", "1\""), 120, 420, true, "pcs"),
      new PartFamily("DRL", "Lift door roller {0}", List.of("48 mm", "60 mm", "75 mm"), 9, 35, false, "pcs"),
      new PartFamily("DOP", "Lift door operator belt {0}", List.of("1.5 m", "2.0 m", "2.5 m"), 25, 90, false, "pcs"),
      new PartFamily("SMD", "Smoke detector {0}", List.of("optical", "multi-sensor", "heat 58 °C", "heat 78 °C"), 25, 140, false, "pcs"),
      new PartFamily("BAT", "Battery 12 V {0}", List.of("7 Ah", "12 Ah", "24 Ah", "40 Ah", "100 Ah"), 18, 320, false, "pcs"),
      new PartFamily("OIL", "Compressor oil {0}", List.of("POE 1 l", "POE 4 l", "PAG 1 l", "mineral 5 l"), 14, 85, false, "pcs"),
      new PartFamily("OFL", "Oil filter {0}", List.of("GA 30", "GA 37", "ASD 40", "C15"), 18, 60, false, "pcs"),
      new PartFamily("FFL", "Fuel filter {0}", List.of("C15", "C500", "12V2000"), 22, 75, false, "pcs"),
      new PartFamily("HSE", "Coolant hose {0}", List.of("DN25 1 m", "DN32 1 m", "DN40 1 m"), 12, 55, false, "m"),
      new PartFamily("GSK", "Gasket set {0}", List.of("small", "medium", "large"), 8, 45, false, "set"));
}
