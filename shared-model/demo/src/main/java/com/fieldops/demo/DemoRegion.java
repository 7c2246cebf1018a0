package com.fieldops.demo;

import java.time.ZoneId;
import java.util.List;

/**
 * The service regions of the demo company, each with its zone, country and cities. Chinese
 * regions use Chinese names and addresses, as the customers there would.
 */
enum DemoRegion {
  EU_CENTRAL("EU-CENTRAL", "Europe/Berlin", "DE", 0.36, List.of(
      new City("Berlin", "Berlin", 52.520, 13.405, "10", "+49 30"),
      new City("Hamburg", "Hamburg", 53.551, 9.993, "20", "+49 40"),
      new City("München", "Bayern", 48.137, 11.575, "80", "+49 89"),
      new City("Frankfurt am Main", "Hessen", 50.110, 8.682, "60", "+49 69"),
      new City("Köln", "Nordrhein-Westfalen", 50.938, 6.960, "50", "+49 221"),
      new City("Stuttgart", "Baden-Württemberg", 48.776, 9.183, "70", "+49 711"),
      new City("Leipzig", "Sachsen", 51.340, 12.375, "04", "+49 341"))),
  UK("UK", "Europe/London", "GB", 0.14, List.of(
      new City("London", "Greater London", 51.507, -0.128, "EC", "+44 20"),
      new City("Manchester", "Greater Manchester", 53.480, -2.242, "M", "+44 161"),
      new City("Birmingham", "West Midlands", 52.486, -1.890, "B", "+44 121"),
      new City("Leeds", "West Yorkshire", 53.801, -1.549, "LS", "+44 113"))),
  US_EAST("US-EAST", "America/New_York", "US", 0.18, List.of(
      new City("New York", "NY", 40.713, -74.006, "100", "+1 212"),
      new City("Boston", "MA", 42.360, -71.058, "021", "+1 617"),
      new City("Philadelphia", "PA", 39.953, -75.165, "191", "+1 215"),
      new City("Atlanta", "GA", 33.749, -84.388, "303", "+1 404"))),
  US_WEST("US-WEST", "America/Los_Angeles", "US", 0.12, List.of(
      new City("San Francisco", "CA", 37.775, -122.419, "941", "+1 415"),
      new City("Los Angeles", "CA", 34.052, -118.244, "900", "+1 213"),
      new City("Seattle", "WA", 47.606, -122.332, "981", "+1 206"),
      new City("Portland", "OR", 45.515, -122.679, "972", "+1 503"))),
  CN_EAST("CN-EAST", "Asia/Shanghai", "CN", 0.20, List.of(
      new City("上海市", "上海", 31.230, 121.474, "200", "+86 21"),
      new City("杭州市", "浙江省", 30.274, 120.155, "310", "+86 571"),
      new City("南京市", "江苏省", 32.060, 118.797, "210", "+86 25"),
      new City("苏州市", "江苏省", 31.299, 120.585, "215", "+86 512"),
      new City("深圳市", "广东省", 22.543, 114.058, "518", "+86 755"),
      new City("广州市", "广东省", 23.129, 113.264, "510", "+86 20")));

  /** A city customers are in; {@code postalPrefix} and {@code phonePrefix} make plausible numbers. */
  record City(String name, String state, double latitude, double longitude, String postalPrefix, String phonePrefix) {}

  final String code;
  final ZoneId zone;
  final String country;
  /** Share of the customers. */
  final double share;
  final List<City> cities;

  DemoRegion(String code, String zone, String country, double share, List<City> cities) {
    this.code = code;
    this.zone = ZoneId.of(zone);
    this.country = country;
    this.share = share;
    this.cities = cities;
  }

  boolean chinese() {
    return country.equals("CN");
  }

  /** Language of documents for customers here (BCP 47). */
  String language() {
    return switch (country) {
      case "DE" -> "de";
      case "CN" -> "zh-CN";
      default -> "en";
    };
  }
}
