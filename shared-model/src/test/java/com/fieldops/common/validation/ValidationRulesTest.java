package com.fieldops.common.validation;

import static com.fieldops.fixtures.Records.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fieldops.fixtures.Samples;
import com.fieldops.common.Money;
import com.fieldops.common.TimeWindow;
import com.fieldops.customer.model.ContractScope;
import com.fieldops.stock.model.StockMovementKind;
import com.fieldops.identity.model.Role;
import com.fieldops.workorder.model.AttachmentKind;
import com.fieldops.workorder.model.ChecklistItem;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules a dispatcher meets, one bad value each, with the exact message (English) on the exact
 * field. Every plain field constraint is also covered generically by {@link ConstraintCoverageTest}.
 */
class ValidationRulesTest {
  private static final UUID OTHER = UUID.fromString("01900000-0000-7000-8000-0000000000ff");

  static Stream<Arguments> rules() {
    var wo = Samples.workOrder();
    var t0 = Samples.T0;
    return Stream.of(
        // work order: cross-field
        arguments("scheduled end before start", wo.withSchedule(t0.plusSeconds(7200), t0.plusSeconds(3600)),
            "scheduledEnd", "Scheduled end must be after scheduled start"),
        arguments("scheduled end equal to start", wo.withSchedule(t0, t0),
            "scheduledEnd", "Scheduled end must be after scheduled start"),
        arguments("scheduled start without end", wo.withSchedule(t0, null),
            "scheduledEnd", "Scheduled start and scheduled end go together: give both or neither"),
        arguments("on hold without reason", wo.withStatus(WorkOrderStatus.ON_HOLD, null),
            "onHoldReason", "Say why the work order is on hold"),
        arguments("reason while not on hold", wo.withStatus(WorkOrderStatus.ON_SITE, OnHoldReason.OTHER),
            "onHoldReason", "An on-hold reason is only given when the work order is on hold"),
        arguments("accepted without technician", wo.withStatus(WorkOrderStatus.ACCEPTED, null).withAssignee(null),
            "assigneeId", "A technician must be assigned in this status"),
        arguments("new with technician", wo.withStatus(WorkOrderStatus.NEW, null),
            "assigneeId", "A new work order has no technician yet: assign it instead"),
        arguments("completed without resolution", wo.withStatus(WorkOrderStatus.COMPLETED, null),
            "resolution", "Describe what was done before completing the work order"),
        arguments("closed with blank resolution", wo.withStatus(WorkOrderStatus.CLOSED, null).withResolution("  "),
            "resolution", "Describe what was done before completing the work order"),
        // work order: fields
        arguments("bad number", wo.withNumber("123"), "number", "Work order number must look like WO-2026-000123"),
        arguments("blank problem", with(wo, "problem", " "), "problem", "Describe the problem"),
        arguments("no customer", with(wo, "customerId", null), "customerId", "Customer is required"),
        arguments("no priority", wo.withPriority(null), "priority", "Priority is required"),
        // events
        arguments("event happened after it was recorded",
            with(Samples.created(), "occurredAt", t0.plusSeconds(60)), "occurredAt", "An event cannot happen after it was recorded"),
        arguments("status event to the same status", with(Samples.statusChanged(), "from", WorkOrderStatus.ON_HOLD),
            "to", "The status did not change"),
        arguments("status event to on hold without reason", with(Samples.statusChanged(), "onHoldReason", null),
            "onHoldReason", "Say why the work order is on hold"),
        arguments("reassigned to the same technician",
            with(Samples.assigned(), "previousAssigneeId", Samples.TECHNICIAN_ID), "assigneeId",
            "The work order is already assigned to this technician"),
        arguments("priority event without change", with(Samples.priorityChanged(), "to", Priority.P3),
            "to", "The priority did not change"),
        arguments("escalation with negative lateness", with(Samples.escalationFired(), "minutesLate", -1L),
            "minutesLate", "Minutes late cannot be negative"),
        // time entry
        arguments("time entry ends before it starts", with(Samples.timeEntry(), "end", t0.minusSeconds(60)),
            "end", "End time must be after start time"),
        arguments("time entry of 17 hours", with(Samples.timeEntry(), "end", t0.plusSeconds(17 * 3600)),
            "end", "A time entry cannot be longer than 16 hours: check the end time"),
        arguments("window ends before it starts", new TimeWindow(t0, t0), "end", "End must be after start"),
        // parts and stock
        arguments("negative cost", with(Samples.part(), "cost", Money.of("-0.01", "EUR")), "cost", "Cost cannot be negative"),
        arguments("negative price", with(Samples.part(), "price", Money.of("-5", "EUR")), "price", "Price cannot be negative"),
        arguments("price and cost in different currencies", with(Samples.part(), "price", Money.of("5", "USD")),
            "price", "Price and cost must be in the same currency"),
        arguments("bad SKU", with(Samples.part(), "sku", "ab"), "sku", "SKU must be 3 to 32 capital letters, digits or dashes"),
        arguments("serial number with quantity 2", with(Samples.partUsage(), "serialNumber", "SN-1"),
            "quantity", "A part with a serial number is used one at a time: quantity must be 1"),
        arguments("zero quantity used", with(Samples.partUsage(), "quantity", 0), "quantity", "Quantity must be at least 1"),
        arguments("transfer into the same location", with(Samples.stockMovement(), "toLocationId", Samples.WAREHOUSE_ID),
            "toLocationId", "A transfer must go to a different location"),
        arguments("transfer without destination", with(Samples.stockMovement(), "toLocationId", null),
            "toLocationId", "A transfer needs both a from and a to location"),
        arguments("receipt from a location", with(Samples.stockMovement(), "kind", StockMovementKind.RECEIPT),
            "fromLocationId", "A receipt goes into one location and comes from none"),
        arguments("consumption without work order",
            with(with(Samples.stockMovement(), "toLocationId", null), "kind", StockMovementKind.CONSUMPTION),
            "workOrderId", "Parts used or returned must name the work order"),
        arguments("adjustment of two locations", with(Samples.stockMovement(), "kind", StockMovementKind.ADJUSTMENT),
            "toLocationId", "A stock correction changes exactly one location"),
        arguments("negative stock", with(Samples.stockLevel(), "onHand", -1), "onHand", "Stock on hand cannot be negative"),
        arguments("part needed before asked for", with(Samples.partRequest(), "neededBy", t0.minusSeconds(1)),
            "neededBy", "The part cannot be needed before it was asked for"),
        // equipment
        arguments("warranty ends before install", with(Samples.equipment(), "warrantyEnd", LocalDate.of(2019, 4, 30)),
            "warrantyEnd", "Warranty end cannot be before the install date"),
        arguments("meter plan without a unit", with(with(Samples.maintenancePlan(), "interval",
            com.fieldops.equipment.model.PlanInterval.METER), "meterUnit", null),
            "meterUnit", "A meter plan needs the meter's unit (for example h or kWh)"),
        arguments("plan interval zero", with(Samples.maintenancePlan(), "every", 0),
            "every", "The interval must be at least 1"),
        arguments("plan interval negative", with(Samples.maintenancePlan(), "every", -3),
            "every", "The interval must be at least 1"),
        // contracts
        arguments("contract ends before it starts", with(Samples.serviceContract(), "validTo", LocalDate.of(2025, 12, 31)),
            "validTo", "The contract cannot end before it starts"),
        arguments("equipment contract without equipment", with(Samples.serviceContract(), "scope", ContractScope.EQUIPMENT),
            "equipmentId", "An equipment contract must name the equipment"),
        arguments("customer contract naming equipment", with(Samples.serviceContract(), "equipmentId", Samples.EQUIPMENT_ID),
            "equipmentId", "A customer-wide contract does not name a piece of equipment"),
        arguments("no SLA policy", with(Samples.serviceContract(), "slaPolicyId", null),
            "slaPolicyId", "Choose the SLA policy of the contract"),
        // reports and feedback
        arguments("rating 0", with(Samples.feedback(), "rating", 0), "rating", "Rating must be from 1 to 5 stars"),
        arguments("rating 6", with(Samples.feedback(), "rating", 6), "rating", "Rating must be from 1 to 5 stars"),
        arguments("PDF without signature", with(Samples.serviceReport(), "signature", null),
            "signature", "A report is rendered as PDF only after the customer signed it"),
        arguments("signature that is not base64", with(Samples.customerSignature(), "imagePngBase64", "not base64 at all!!"),
            "imagePngBase64", "The signature drawing is not a valid image"),
        // people and places
        arguments("bad e-mail", with(Samples.customer(), "email", "anna@localhost"),
            "email", "Enter a valid e-mail address, such as name@example.com"),
        arguments("e-mail without at", with(Samples.contact(), "email", "anna.example.com"),
            "email", "Enter a valid e-mail address, such as name@example.com"),
        arguments("contact without phone or e-mail", with(Samples.contact(), "email", null),
            "phone", "Enter a phone number or an e-mail address so the contact can be reached"),
        arguments("bad phone", with(Samples.customer(), "phone", "call me"),
            "phone", "Enter a valid phone number (digits, spaces, dashes; a leading + for international)"),
        arguments("country not a code", with(Samples.address(), "countryCode", "Germany"),
            "countryCode", "Country must be a two-letter code such as DE, US or CN"),
        arguments("latitude 91", with(Samples.geoPoint(), "latitude", 91.0), "latitude", "Latitude must be between -90 and 90 degrees"),
        arguments("site without time zone", with(Samples.site(), "timeZone", null), "timeZone", "Site time zone is required"),
        arguments("nested: billing address without city",
            with(Samples.customer(), "billingAddress", with(Samples.address(), "city", "")), "billingAddress.city",
            "City is required"),
        // technicians
        arguments("skill level 6", with(Samples.technician(), "skills", List.of(with(Samples.skill(), "level", 6))),
            "skills[0].level", "Skill level must be between 1 and 5"),
        arguments("skill level 0", with(Samples.skill(), "level", 0), "level", "Skill level must be between 1 and 5"),
        arguments("skill listed twice", with(Samples.technician(), "skills", List.of(Samples.skill(), Samples.skill())),
            "skills", "Each skill may be listed only once"),
        arguments("shift ends before it starts", with(Samples.workingHours(), "end", LocalTime.of(7, 0)),
            "end", "A shift must end after it starts"),
        arguments("absence ends before it starts", with(Samples.absence(), "to", LocalDate.of(2026, 8, 2)),
            "to", "An absence cannot end before it starts"),
        // checklists and attachments
        arguments("checklist completed with required item open",
            with(with(with(Samples.checklist(), "items", List.of(new ChecklistItem(OTHER, "Isolate power", true, false, null))),
                "completedAt", Samples.T0), "completedBy", Samples.USER_ID),
            "completedAt", "Tick all required items before completing the checklist"),
        arguments("checklist without items", with(Samples.checklist(), "items", List.of()),
            "items", "A checklist needs at least one item"),
        arguments("photo that is a PDF", with(Samples.attachment(), "contentType", "application/pdf"),
            "contentType", "A photo must be an image file"),
        arguments("document of 26 MB",
            with(with(Samples.attachment(), "kind", AttachmentKind.DOCUMENT), "sizeBytes", 26L * 1024 * 1024),
            "sizeBytes", "The file is too large (at most 25 MB)"),
        // users
        arguments("technician user without technician", with(Samples.user(), "role", Role.TECHNICIAN),
            "technicianId", "A technician user must be linked to a technician"),
        arguments("customer user without contact", with(Samples.user(), "role", Role.CUSTOMER),
            "contactId", "A customer user must be linked to a customer contact"),
        arguments("dispatcher linked to a technician", with(Samples.user(), "technicianId", OTHER),
            "technicianId", "Only a technician user is linked to a technician"),
        arguments("dispatcher without region", with(Samples.user(), "region", null),
            "region", "Dispatchers and supervisors need a region"),
        arguments("user name with capitals", with(Samples.user(), "username", "Dana"),
            "username", "User name must be 3 to 64 lower-case letters, digits, dots, dashes or underscores"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void aBadValueGetsItsMessageOnItsField(String rule, Object bad, String field, String message) {
    assertThat(Validators.validate(bad, Locale.ENGLISH)).contains(new Violation(field, message));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void everyRuleAlsoSpeaksChinese(String rule, Object bad, String field, String message) {
    List<Violation> zh = Validators.validate(bad, Locale.SIMPLIFIED_CHINESE);
    assertThat(zh).extracting(Violation::field).contains(field);
    assertThat(zh).extracting(Violation::message).doesNotContain(message)
        .allSatisfy(m -> assertThat(m).doesNotContain("{").matches(".*[\\u4e00-\\u9fff].*"));
  }

  @Test
  void chineseMessagesSampled() {
    var wo = Samples.workOrder();
    assertThat(Validators.validate(wo.withSchedule(Samples.T0.plusSeconds(60), Samples.T0), Locale.SIMPLIFIED_CHINESE))
        .containsExactly(new Violation("scheduledEnd", "计划结束时间必须晚于计划开始时间"));
    assertThat(Validators.validate(wo.withStatus(WorkOrderStatus.ON_HOLD, null), Locale.SIMPLIFIED_CHINESE))
        .containsExactly(new Violation("onHoldReason", "请说明工单暂停的原因"));
    assertThat(Validators.validate(with(Samples.feedback(), "rating", 9), Locale.SIMPLIFIED_CHINESE))
        .containsExactly(new Violation("rating", "评分必须是 1 到 5 星"));
    assertThat(Validators.validate(with(Samples.equipment(), "warrantyEnd", LocalDate.of(2000, 1, 1)), Locale.SIMPLIFIED_CHINESE))
        .containsExactly(new Violation("warrantyEnd", "保修截止日期不能早于安装日期"));
    assertThat(Validators.validate(with(Samples.note(), "text", "x".repeat(4001)), Locale.SIMPLIFIED_CHINESE))
        .containsExactly(new Violation("text", "备注过长（最多 4000 个字符）"));
  }

  @Test
  void theCallersLocaleWinsOverTheJvmDefault() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(Validators.validate(with(Samples.feedback(), "rating", 0), Locale.ENGLISH))
          .containsExactly(new Violation("rating", "Rating must be from 1 to 5 stars"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void anUnsupportedLanguageFallsBackToEnglish() {
    assertThat(Validators.validate(with(Samples.feedback(), "rating", 0), Locale.JAPANESE))
        .containsExactly(new Violation("rating", "Rating must be from 1 to 5 stars"));
  }

  @Test
  void protocolMessagesComeFromTheirOwnBundle() {
    var signIn = new com.fieldops.protocol.SignInRequest("", "secret", null);
    String key = "protocol.signin.username.required";
    assertThat(Validators.validate(signIn, Locale.ENGLISH)).containsExactly(
        new Violation("username", MessageBundles.forLocale(Locale.ENGLISH).getString(key)));
    assertThat(Validators.validate(signIn, Locale.SIMPLIFIED_CHINESE)).singleElement()
        .satisfies(v -> assertThat(v.message()).matches(".*[\\u4e00-\\u9fff].*").doesNotContain("{"));
  }

  @Test
  void validSamplesHaveNoViolations() {
    assertThat(Samples.all()).allSatisfy(sample ->
        assertThat(Validators.validate(sample, Locale.ENGLISH)).as(sample.getClass().getSimpleName()).isEmpty());
  }
}
