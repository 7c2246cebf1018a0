package com.fieldops.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.fixtures.Samples;
import com.fieldops.customer.model.Customer;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.report.model.Feedback;
import com.fieldops.common.validation.Violation;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonMappingTest {
  private static final String WO_ID = Samples.WORK_ORDER_ID.toString();

  private static List<Violation> problems(String json, Class<?> type, Locale locale) {
    JsonInput.Result<?> result = JsonInput.read(json, type, locale);
    assertThat(result).isInstanceOf(JsonInput.Invalid.class);
    return ((JsonInput.Invalid<?>) result).violations();
  }

  @Test
  void instantsAreWrittenAsIso8601Text() {
    assertThat(Json.write(Samples.workOrder())).contains("\"createdAt\":\"2026-03-02T08:15:00Z\"");
  }

  @Test
  void enumsAreWrittenByName() {
    assertThat(Json.write(Samples.workOrder())).contains("\"priority\":\"P1\"", "\"status\":\"ASSIGNED\"");
  }

  @Test
  void nullsAreNotWritten() {
    String json = Json.write(Samples.workOrder());
    assertThat(json).doesNotContain("null").doesNotContain("onHoldReason").doesNotContain("resolution");
  }

  @Test
  void moneyIsAnExactDecimalWithACurrencyCode() {
    assertThat(Json.write(Samples.part())).contains("\"cost\":{\"amount\":48.20,\"currency\":\"EUR\"}");
  }

  @Test
  void anOlderClientReadsANewerServersRecordIgnoringFieldsItDoesNotKnow() throws Exception {
    String newer = Json.write(Samples.workOrder()).replace("{\"id\"", "{\"slaBreachRisk\":0.7,\"tags\":[\"vip\"],\"id\"");
    assertThat(Json.mapper().readValue(newer, WorkOrder.class)).isEqualTo(Samples.workOrder());
  }

  @Test
  void eventsAndStockLocationsNameTheirKind() throws Exception {
    assertThat(Json.write(Samples.statusChanged())).startsWith("{\"kind\":\"STATUS_CHANGED\"");
    assertThat(Json.write(Samples.van())).startsWith("{\"kind\":\"VAN\"");
    assertThat(Json.mapper().readValue(Json.write(Samples.van()), StockLocation.class)).isEqualTo(Samples.van());
  }

  @Test
  void aValidDocumentIsParsed() {
    JsonInput.Result<WorkOrder> result = JsonInput.read(Json.write(Samples.workOrder()), WorkOrder.class, Locale.ENGLISH);
    assertThat(result).isEqualTo(new JsonInput.Parsed<>(Samples.workOrder()));
  }

  @Test
  void malformedJsonSaysWhereItBroke() {
    assertThat(problems("{\"id\": \"" + WO_ID + "\",, }", WorkOrder.class, Locale.ENGLISH))
        .containsExactly(new Violation("", "The data is not valid JSON (line 1, column 47)"));
  }

  @Test
  void truncatedJsonIsMalformed() {
    assertThat(problems("{\"id\": ", WorkOrder.class, Locale.ENGLISH)).singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("The data is not valid JSON"));
  }

  @Test
  void anEmptyBodyIsRefused() {
    assertThat(problems("", WorkOrder.class, Locale.ENGLISH))
        .containsExactly(new Violation("", "The request has no content"));
  }

  @Test
  void anArrayWhereAnObjectBelongsIsRefused() {
    assertThat(problems("[1, 2]", WorkOrder.class, Locale.ENGLISH))
        .containsExactly(new Violation("", "The data does not have the expected shape"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      id             | 5            | The field id has an invalid value: 5
      priority       | 1            | The field priority has an invalid value: 1
      priority       | "P9"         | The field priority has an invalid value: P9
      problem        | 5            | The field problem has an invalid value: 5
      problem        | true         | The field problem has an invalid value: true
      problem        | {"a":1}      | The field problem has the wrong type
      scheduledStart | "yesterday"  | The field scheduledStart has an invalid value: yesterday
      createdBy      | "not-a-uuid" | The field createdBy has an invalid value: not-a-uuid
      """)
  void aWrongTypeNamesTheField(String field, String badJson, String message) {
    String json = "{\"id\":\"" + WO_ID + "\",\"" + field + "\":" + badJson + "}";
    if (field.equals("id")) {
      json = "{\"id\":" + badJson + "}";
    }
    assertThat(problems(json, WorkOrder.class, Locale.ENGLISH)).containsExactly(new Violation(field, message));
  }

  @Test
  void aNumberGivenAsTextIsNotSilentlyAccepted() {
    String json = Json.write(Samples.feedback()).replace("\"rating\":5", "\"rating\":\"5\"");
    assertThat(problems(json, Feedback.class, Locale.ENGLISH))
        .containsExactly(new Violation("rating", "The field rating has the wrong type"));
  }

  @Test
  void aNestedWrongTypeNamesThePath() {
    String json = Json.write(Samples.customer()).replace("\"countryCode\":\"DE\"", "\"countryCode\":[\"DE\"]");
    assertThat(problems(json, Customer.class, Locale.ENGLISH))
        .containsExactly(new Violation("billingAddress.countryCode", "The field billingAddress.countryCode has the wrong type"));
  }

  @Test
  void aWrongTypeInAListNamesTheIndex() {
    String json = Json.write(Samples.checklist()).replace("\"done\":false", "\"done\":\"no\"");
    assertThat(problems(json, Checklist.class, Locale.ENGLISH))
        .containsExactly(new Violation("items[1].done", "The field items[1].done has the wrong type"));
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    String json = Json.write(Samples.workOrder()).replace("\"customerId\":\"" + Samples.CUSTOMER_ID + "\",", "")
        .replace(",\"problem\":\"Chiller 2 trips on high pressure\"", "");
    assertThat(problems(json, WorkOrder.class, Locale.ENGLISH)).containsExactly(
        new Violation("customerId", "Customer is required"),
        new Violation("problem", "Describe the problem"));
  }

  @Test
  void anUnknownEventKindIsNamed() {
    assertThat(problems("{\"kind\":\"TELEPORTED\",\"id\":\"" + WO_ID + "\"}", WorkOrderEvent.class, Locale.ENGLISH))
        .containsExactly(new Violation("kind", "The field kind names an unknown kind: TELEPORTED"));
  }

  @Test
  void aMissingEventKindIsNamed() {
    assertThat(problems("{\"id\":\"" + WO_ID + "\"}", WorkOrderEvent.class, Locale.ENGLISH)).containsExactly(
        new Violation("kind", "The field kind is required: it says what kind of record this is"));
  }

  @Test
  void jsonProblemsSpeakChinese() {
    assertThat(problems("{\"id\":\"" + WO_ID + "\",\"priority\":\"P9\"}", WorkOrder.class, Locale.SIMPLIFIED_CHINESE))
        .containsExactly(new Violation("priority", "字段 priority 的值无效：P9"));
    assertThat(problems("{", WorkOrder.class, Locale.SIMPLIFIED_CHINESE)).singleElement()
        .satisfies(v -> assertThat(v.message()).startsWith("数据不是有效的 JSON"));
  }
}
