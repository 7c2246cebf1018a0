package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.json.Json;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The CSV import of customers, sites and equipment, on each database: a good file is imported whole
 * (and replicas receive it), a file with any problem imports nothing and lists every problem by row
 * and column.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MasterDataImportContract {
  static final String HEADER = "customer_account,customer_name,customer_email,customer_language,site_name,"
      + "site_street,site_postal_code,site_city,site_country,site_time_zone,site_region,site_latitude,"
      + "site_longitude,equipment_serial,equipment_manufacturer,equipment_model,equipment_install_date,"
      + "equipment_warranty_end";
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  TestServer server;

  abstract Dialect dialect();

  @BeforeAll
  void start() {
    server = TestServer.start(dialect());
  }

  @AfterAll
  void stop() {
    server.close();
  }

  record Reply(int status, JsonNode json) {}

  Reply upload(String user, byte[] file) {
    ApiClient as = server.as(user);
    Request request = new Request.Builder().url(server.base + "/api/v1/import/master-data")
        .header("Authorization", "Bearer " + as.token()).header("Accept-Language", "en")
        .post(RequestBody.create(file, MediaType.get("text/csv"))).build();
    try (Response r = ApiClient.HTTP.newCall(request).execute()) {
      return new Reply(r.code(), Json.mapper().readTree(r.body().string()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long masterData() {
    return server.db.read(c -> Jdbc.queryLong(c,
        "SELECT COUNT(*) FROM entity WHERE entity_type IN ('Customer', 'Site', 'Equipment')"));
  }

  static byte[] utf8(String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] withBom(byte[] body) {
    byte[] out = new byte[body.length + 3];
    System.arraycopy(BOM, 0, out, 0, 3);
    System.arraycopy(body, 0, out, 3, body.length);
    return out;
  }

  static List<String> problems(Reply r) {
    List<String> out = new ArrayList<>();
    r.json().get("errors").forEach(e -> out.add(e.get("row").asInt() + "/" + e.path("column").asText("-")));
    return out;
  }

  static String chineseFile(String account) {
    return String.join("\r\n", HEADER,
        account + ",上海冷链有限公司,ops@coldchain.cn,zh-CN,浦东仓库,\"浦东新区张江路 88 号, 2 号楼\",201203,上海,CN,"
            + "Asia/Shanghai,north,31.2304,121.4737,CH-001,开利,30XA,2021-05-01,2026-04-30",
        account + ",上海冷链有限公司,ops@coldchain.cn,zh-CN,浦东仓库,\"浦东新区张江路 88 号, 2 号楼\",201203,上海,CN,"
            + "Asia/Shanghai,north,31.2304,121.4737,CH-002,开利,30XA,2022-06-01,",
        account + ",上海冷链有限公司,ops@coldchain.cn,zh-CN,闵行门店,莘庄镇 1 号,201100,上海,CN,Asia/Shanghai,north,,,,,,,")
        + "\r\n";
  }

  @Test
  void aChineseFileWithBomIsImportedWholeAndTheOfficeReplicaReceivesIt() {
    long before = masterData();
    long cursor = server.as("disp-north").pull(0, 5000).cursor();

    Reply r = upload("disp-north", withBom(chineseFile("SH-0001").getBytes(StandardCharsets.UTF_8)));

    assertThat(r.status()).as(r.json().toString()).isEqualTo(200);
    assertThat(r.json().get("rows").asInt()).isEqualTo(3);
    assertThat(r.json().get("customers").asInt()).isEqualTo(1);
    assertThat(r.json().get("sites").asInt()).isEqualTo(2);
    assertThat(r.json().get("equipment").asInt()).isEqualTo(2);
    assertThat(masterData()).isEqualTo(before + 5);
    String pulled = Json.write(server.as("disp-north").pull(cursor, 5000));
    assertThat(pulled).contains("上海冷链有限公司", "浦东新区张江路 88 号, 2 号楼", "闵行门店", "CH-002", "Asia/Shanghai");

    Reply again = upload("disp-north", chineseFile("SH-0001").getBytes(StandardCharsets.UTF_8));
    assertThat(again.status()).as("the same file without BOM, again: " + again.json()).isEqualTo(200);
    assertThat(masterData()).as("imported again, the records are replaced, not doubled").isEqualTo(before + 5);
  }

  @Test
  void wrongColumnsAreListedAndNothingIsImported() {
    long before = masterData();
    Reply r = upload("disp-north", utf8("customer_account,customer_name,site_name,site_street,site_city,"
        + "site_country,site_time_zone,colour", "A-1,Acme,HQ,1 Main St,Springfield,US,UTC,blue"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("code").asText()).isEqualTo("IMPORT_INVALID");
    assertThat(r.json().get("message").asText()).contains("nothing was imported");
    assertThat(problems(r)).containsExactlyInAnyOrder("1/colour", "1/site_region");
    assertThat(r.json().toString()).contains("Unknown column \\\"colour\\\"");
    assertThat(masterData()).isEqualTo(before);
  }

  @Test
  void aFileInAnotherEncodingIsRefusedWithAMessageSayingHowToSaveIt() {
    long before = masterData();
    Reply gbk = upload("disp-north", chineseFile("GB-1").getBytes(Charset.forName("GBK")));
    byte[] utf16 = chineseFile("U16-1").getBytes(StandardCharsets.UTF_16LE);
    byte[] withUtf16Bom = new byte[utf16.length + 2];
    withUtf16Bom[0] = (byte) 0xFF;
    withUtf16Bom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withUtf16Bom, 2, utf16.length);
    Reply unicodeText = upload("disp-north", withUtf16Bom);

    for (Reply r : List.of(gbk, unicodeText)) {
      assertThat(r.status()).isEqualTo(400);
      assertThat(problems(r)).containsExactly("0/-");
      assertThat(r.json().get("errors").get(0).get("message").asText()).contains("not UTF-8", "CSV UTF-8");
    }
    assertThat(masterData()).isEqualTo(before);
  }

  @Test
  void badDatesNumbersAndZonesAreEachReportedByRowAndColumn() {
    long before = masterData();
    Reply r = upload("disp-north", utf8(HEADER,
        "B-1,Bolt GmbH,,de,Werk 1,Hauptstr. 1,10115,Berlin,DE,Europe/Berlin,north,,,SN-1,Viessmann,V200,31/03/2024,",
        "B-1,Bolt GmbH,,de,Werk 2,Hauptstr. 2,10115,Berlin,DE,Europe/Berlin,north,\"52,52\",13.405,,,,,",
        "B-1,Bolt GmbH,,de,Werk 3,Hauptstr. 3,10115,Berlin,DE,Mars/Olympus,north,,,,,,,",
        "B-1,Bolt GmbH,,de,Werk 4,Hauptstr. 4,10115,Berlin,Germany,Europe/Berlin,north,,,SN-4,Viessmann,V200,"
            + "2024-03-01,2023-01-01",
        "B-1,Bolt GmbH,,de,Werk 5,Hauptstr. 5,10115,Berlin,DE,Europe/Berlin,north,,,SN-5,,V200,,"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(problems(r)).containsExactlyInAnyOrder("2/equipment_install_date", "3/site_latitude",
        "4/site_time_zone", "5/site_country", "5/equipment_warranty_end", "6/equipment_manufacturer");
    assertThat(r.json().toString()).contains("31/03/2024").contains("2024-03-31");
    assertThat(masterData()).isEqualTo(before);
  }

  @Test
  void aHalfBadFileImportsNothingAndNamesTheRowTheRulesRefused() {
    long before = masterData();
    Reply r = upload("disp-north", utf8(HEADER,
        "H-1,Half Corp,,en,North yard,1 North Rd,10001,Springfield,US,America/New_York,north,,,HX-1,Carrier,X1,,",
        "H-1,Half Corp,,en,North yard,1 North Rd,10001,Springfield,US,America/New_York,north,,,HX-2,Carrier,X1,,",
        "H-2,Other Half,,en,Depot,2 Depot Rd,10001,Springfield,US,America/New_York,north,,,,,,,",
        "H-2,Other Half,,en,South depot,3 South Rd,10001,Shelbyville,US,America/New_York,south,,,,,,,"));

    assertThat(r.status()).as(r.json().toString()).isEqualTo(400);
    assertThat(problems(r)).containsExactly("5/site_region");
    assertThat(r.json().get("errors").get(0).get("message").asText()).contains("south");
    assertThat(masterData()).as("the three good rows were not imported either").isEqualTo(before);
    assertThat(Json.write(server.as("disp-north").pull(0, 5000))).doesNotContain("Half Corp");
  }

  @Test
  void rowsOfOneCustomerThatDisagreeAreReportedAndTechniciansMayNotImport() {
    Reply r = upload("disp-north", utf8(HEADER,
        "D-1,Same Name,,en,HQ,1 Main St,10001,Springfield,US,UTC,north,,,,,,,",
        "D-1,Other Name,,en,Annex,2 Main St,10001,Springfield,US,UTC,north,,,,,,,"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(problems(r)).containsExactly("3/customer_name");

    assertThat(upload("tech1", chineseFile("T-1").getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
  }
}
