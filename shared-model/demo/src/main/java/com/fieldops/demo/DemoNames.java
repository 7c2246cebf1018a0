package com.fieldops.demo;

import com.fieldops.customer.model.Address;
import com.fieldops.common.GeoPoint;
import java.text.Normalizer;
import java.util.Locale;

/** Realistic names, companies, streets and phone numbers per country. */
final class DemoNames {
  private static final String[] DE_FIRST = {"Anna", "Lena", "Julia", "Laura", "Sarah", "Katrin", "Sabine", "Miriam",
      "Lukas", "Jonas", "Felix", "Maximilian", "Paul", "Tobias", "Stefan", "Markus", "Jan", "Florian"};
  private static final String[] DE_LAST = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
      "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Krüger"};
  private static final String[] EN_FIRST = {"James", "Oliver", "Emily", "Sophie", "Olivia", "Michael", "David",
      "Jessica", "Daniel", "Sarah", "Robert", "Jennifer", "Chris", "Megan", "Ryan", "Aisha", "Carlos", "Priya"};
  private static final String[] EN_LAST = {"Smith", "Jones", "Brown", "Taylor", "Williams", "Davis", "Miller", "Wilson",
      "Moore", "Clark", "Lewis", "Walker", "Hall", "Young", "King", "Patel", "Garcia", "Nguyen"};
  private static final String[] CN_LAST = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡"};
  private static final String[] CN_LAST_PINYIN = {"wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu",
      "zhou", "xu", "sun", "ma", "zhu", "hu"};
  private static final String[] CN_GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明",
      "超", "秀英", "建华", "志强", "海燕", "晓东"};
  private static final String[] CN_GIVEN_PINYIN = {"wei", "fang", "na", "min", "jing", "qiang", "lei", "jun", "yang",
      "yong", "yan", "jie", "tao", "ming", "chao", "xiuying", "jianhua", "zhiqiang", "haiyan", "xiaodong"};

  private static final String[] DE_INDUSTRY = {"Kältetechnik", "Logistik", "Lebensmittel", "Hotelbetriebe",
      "Kunststofftechnik", "Druckerei", "Immobilien", "Metallbau", "Brauerei", "Kliniken", "Rechenzentren", "Handel"};
  private static final String[] DE_FORM = {"GmbH", "AG", "GmbH & Co. KG", "KG"};
  private static final String[] EN_INDUSTRY = {"Foods", "Logistics", "Hotels", "Engineering", "Properties",
      "Healthcare", "Cold Storage", "Data Centers", "Manufacturing", "Retail", "Hospitality", "Labs"};
  private static final String[] UK_FORM = {"Ltd", "PLC", "Group Ltd"};
  private static final String[] US_FORM = {"Inc.", "LLC", "Corp."};
  private static final String[] CN_BRAND = {"华东", "金桥", "东方", "宏远", "新世纪", "恒通", "永盛", "瑞丰", "长江", "天成"};
  private static final String[] CN_BRAND_PINYIN = {"huadong", "jinqiao", "dongfang", "hongyuan", "xinshiji", "hengtong",
      "yongsheng", "ruifeng", "changjiang", "tiancheng"};
  private static final String[] CN_INDUSTRY = {"冷链物流", "食品", "医药", "酒店管理", "数据中心", "精密制造", "商业地产", "电子科技"};
  private static final String[] CN_INDUSTRY_PINYIN = {"coldchain", "foods", "pharma", "hotels", "datacenter", "precision",
      "property", "electronics"};

  private static final String[] DE_STREETS = {"Hauptstraße", "Bahnhofstraße", "Industriestraße", "Gewerbering",
      "Schillerstraße", "Goethestraße", "Lindenallee", "Am Hafen", "Friedrichstraße", "Mühlenweg", "Rheinallee"};
  private static final String[] UK_STREETS = {"High Street", "Station Road", "Church Lane", "Victoria Road", "Park Road",
      "Mill Lane", "King Street", "Queens Road", "Canal Street"};
  private static final String[] US_STREETS = {"Main Street", "Market Street", "5th Avenue", "Broadway", "Oak Street",
      "Pine Street", "Industrial Parkway", "Commerce Drive", "Harbor Boulevard"};
  private static final String[] CN_STREETS = {"南京路", "淮海中路", "人民路", "解放路", "中山路", "科技园路", "建设路",
      "星湖街", "滨江大道", "世纪大道"};
  private static final String[] SITE_KINDS_EN = {"Head office", "Warehouse", "Plant", "Distribution centre", "Store",
      "Data centre", "Hotel", "Clinic"};
  private static final String[] SITE_KINDS_DE = {"Zentrale", "Lager", "Werk", "Logistikzentrum", "Filiale",
      "Rechenzentrum", "Hotel", "Klinik"};
  private static final String[] SITE_KINDS_CN = {"总部", "仓库", "工厂", "配送中心", "门店", "数据中心", "酒店", "诊所"};

  private DemoNames() {}

  /** A person's display name and an e-mail-safe handle ("anna.schmidt"). */
  record Person(String name, String handle) {}

  static Person person(DemoRandom r, DemoRegion region) {
    if (region.chinese()) {
      int last = r.between(0, CN_LAST.length - 1);
      int given = r.between(0, CN_GIVEN.length - 1);
      return new Person(CN_LAST[last] + CN_GIVEN[given], CN_GIVEN_PINYIN[given] + "." + CN_LAST_PINYIN[last]);
    }
    boolean german = region.country.equals("DE");
    String first = r.pick(german ? DE_FIRST : EN_FIRST);
    String last = r.pick(german ? DE_LAST : EN_LAST);
    return new Person(first + " " + last, ascii(first) + "." + ascii(last));
  }

  /** A company name and a domain for its e-mail addresses. */
  record Company(String name, String domain) {}

  static Company company(DemoRandom r, DemoRegion region, DemoRegion.City city) {
    switch (region.country) {
      case "CN" -> {
        int brand = r.between(0, CN_BRAND.length - 1);
        int industry = r.between(0, CN_INDUSTRY.length - 1);
        String cityShort = city.name().replace("市", "");
        return new Company(cityShort + CN_BRAND[brand] + CN_INDUSTRY[industry] + "有限公司",
            CN_BRAND_PINYIN[brand] + "-" + CN_INDUSTRY_PINYIN[industry] + ".example.cn");
      }
      case "DE" -> {
        String last = r.pick(DE_LAST);
        String industry = r.pick(DE_INDUSTRY);
        return new Company(last + " " + industry + " " + r.pick(DE_FORM), slug(last + "-" + industry) + ".example.de");
      }
      default -> {
        String last = r.pick(EN_LAST);
        String industry = r.pick(EN_INDUSTRY);
        String form = region.country.equals("GB") ? r.pick(UK_FORM) : r.pick(US_FORM);
        String name = r.chance(0.3) ? city.name() + " " + industry + " " + form : last + " " + industry + " " + form;
        String tld = region.country.equals("GB") ? ".example.co.uk" : ".example.com";
        return new Company(name, slug(name.replace(" " + form, "")) + tld);
      }
    }
  }

  static String siteName(DemoRandom r, DemoRegion region, DemoRegion.City city) {
    int kind = r.between(0, SITE_KINDS_EN.length - 1);
    if (region.chinese()) {
      return city.name().replace("市", "") + SITE_KINDS_CN[kind];
    }
    return (region.country.equals("DE") ? SITE_KINDS_DE[kind] : SITE_KINDS_EN[kind]) + " " + city.name();
  }

  static Address address(DemoRandom r, DemoRegion region, DemoRegion.City city) {
    int number = r.between(1, 240);
    return switch (region.country) {
      case "DE" -> new Address(r.pick(DE_STREETS) + " " + number, city.postalPrefix() + r.digits(3), city.name(),
          city.state(), "DE");
      case "GB" -> new Address(number + " " + r.pick(UK_STREETS), city.postalPrefix() + r.between(1, 20) + " "
          + r.between(1, 9) + r.letters(2), city.name(), city.state(), "GB");
      case "US" -> new Address(number * 10 + " " + r.pick(US_STREETS), city.postalPrefix() + r.digits(5 - city.postalPrefix().length()),
          city.name(), city.state(), "US");
      default -> new Address(r.pick(CN_STREETS) + number + "号", city.postalPrefix() + r.digits(3), city.name(),
          city.state(), "CN");
    };
  }

  static GeoPoint near(DemoRandom r, DemoRegion.City city) {
    return new GeoPoint(round(city.latitude() + (r.unit() - 0.5) * 0.2), round(city.longitude() + (r.unit() - 0.5) * 0.3));
  }

  static String phone(DemoRandom r, DemoRegion.City city) {
    return city.phonePrefix() + " " + (city.phonePrefix().startsWith("+1") ? "555-01" + r.digits(2) : "555" + r.digits(4));
  }

  static String mobile(DemoRandom r, DemoRegion region) {
    return switch (region.country) {
      case "DE" -> "+49 170 555" + r.digits(4);
      case "GB" -> "+44 7700 900" + r.digits(3);
      case "US" -> "+1 202-555-01" + r.digits(2);
      default -> "+86 138 0013 " + r.digits(4);
    };
  }

  static String ascii(String s) {
    String replaced = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
        .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
    return Normalizer.normalize(replaced, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }

  private static String slug(String s) {
    return String.join("-", java.util.Arrays.stream(s.split("[ \\-&.]+")).map(DemoNames::ascii)
        .filter(part -> !part.isEmpty()).toList());
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e5) / 1e5;
  }
}
