package com.fieldops.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fieldops.fixtures.DomainArbitraries;
import com.fieldops.common.Money;
import com.fieldops.common.TimeWindow;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.common.GeoPoint;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.StockLevel;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.report.model.Feedback;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.User;
import com.fieldops.common.validation.Validators;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every entity survives write → read unchanged, writes no nulls, and the generated values are
 * valid (so the arbitraries other modules reuse stay honest).
 */
class JsonRoundTripProperties {
  private static final int TRIES = 60;

  static <T> void assertRoundTrip(T value, Class<? super T> readAs) throws JsonProcessingException {
    assertThat(Validators.validate(value, Locale.ENGLISH)).as("generated value is valid: %s", value).isEmpty();
    String json = Json.mapper().writeValueAsString(value);
    Object back = Json.mapper().readValue(json, readAs);
    assertThat(back).isEqualTo(value);
    assertThat(json).doesNotContain(":null");
    assertThat(Json.mapper().writeValueAsString(back)).isEqualTo(json);
  }

  @Property(tries = TRIES) void timeWindow(@ForAll("timeWindows") TimeWindow v) throws Exception { assertRoundTrip(v, TimeWindow.class); }
  @Property(tries = TRIES) void money(@ForAll("money") Money v) throws Exception { assertRoundTrip(v, Money.class); }
  @Property(tries = TRIES) void address(@ForAll("addresses") Address v) throws Exception { assertRoundTrip(v, Address.class); }
  @Property(tries = TRIES) void geoPoint(@ForAll("geoPoints") GeoPoint v) throws Exception { assertRoundTrip(v, GeoPoint.class); }
  @Property(tries = TRIES) void customer(@ForAll("customers") Customer v) throws Exception { assertRoundTrip(v, Customer.class); }
  @Property(tries = TRIES) void site(@ForAll("sites") Site v) throws Exception { assertRoundTrip(v, Site.class); }
  @Property(tries = TRIES) void contact(@ForAll("contacts") Contact v) throws Exception { assertRoundTrip(v, Contact.class); }
  @Property(tries = TRIES) void serviceContract(@ForAll("serviceContracts") ServiceContract v) throws Exception { assertRoundTrip(v, ServiceContract.class); }
  @Property(tries = TRIES) void user(@ForAll("users") User v) throws Exception { assertRoundTrip(v, User.class); }
  @Property(tries = TRIES) void workOrder(@ForAll("workOrders") WorkOrder v) throws Exception { assertRoundTrip(v, WorkOrder.class); }
  @Property(tries = 150) void workOrderEvent(@ForAll("workOrderEvents") WorkOrderEvent v) throws Exception { assertRoundTrip(v, WorkOrderEvent.class); }
  @Property(tries = TRIES) void note(@ForAll("notes") Note v) throws Exception { assertRoundTrip(v, Note.class); }
  @Property(tries = TRIES) void timeEntry(@ForAll("timeEntries") TimeEntry v) throws Exception { assertRoundTrip(v, TimeEntry.class); }
  @Property(tries = TRIES) void partUsage(@ForAll("partUsages") PartUsage v) throws Exception { assertRoundTrip(v, PartUsage.class); }
  @Property(tries = TRIES) void attachment(@ForAll("attachments") Attachment v) throws Exception { assertRoundTrip(v, Attachment.class); }
  @Property(tries = TRIES) void checklist(@ForAll("checklists") Checklist v) throws Exception { assertRoundTrip(v, Checklist.class); }
  @Property(tries = TRIES) void technician(@ForAll("technicians") Technician v) throws Exception { assertRoundTrip(v, Technician.class); }
  @Property(tries = TRIES) void part(@ForAll("parts") Part v) throws Exception { assertRoundTrip(v, Part.class); }
  @Property(tries = TRIES) void stockLocation(@ForAll("stockLocations") StockLocation v) throws Exception { assertRoundTrip(v, StockLocation.class); }
  @Property(tries = TRIES) void stockLevel(@ForAll("stockLevels") StockLevel v) throws Exception { assertRoundTrip(v, StockLevel.class); }
  @Property(tries = TRIES) void stockMovement(@ForAll("stockMovements") StockMovement v) throws Exception { assertRoundTrip(v, StockMovement.class); }
  @Property(tries = TRIES) void partRequest(@ForAll("partRequests") PartRequest v) throws Exception { assertRoundTrip(v, PartRequest.class); }
  @Property(tries = TRIES) void equipment(@ForAll("equipment") Equipment v) throws Exception { assertRoundTrip(v, Equipment.class); }
  @Property(tries = TRIES) void equipmentEvent(@ForAll("equipmentEvents") EquipmentEvent v) throws Exception { assertRoundTrip(v, EquipmentEvent.class); }
  @Property(tries = TRIES) void maintenancePlan(@ForAll("maintenancePlans") MaintenancePlan v) throws Exception { assertRoundTrip(v, MaintenancePlan.class); }
  @Property(tries = TRIES) void serviceReport(@ForAll("serviceReports") ServiceReport v) throws Exception { assertRoundTrip(v, ServiceReport.class); }
  @Property(tries = TRIES) void feedback(@ForAll("feedback") Feedback v) throws Exception { assertRoundTrip(v, Feedback.class); }

  @Provide Arbitrary<TimeWindow> timeWindows() { return DomainArbitraries.timeWindows(); }
  @Provide Arbitrary<Money> money() { return DomainArbitraries.money(); }
  @Provide Arbitrary<Address> addresses() { return DomainArbitraries.addresses(); }
  @Provide Arbitrary<GeoPoint> geoPoints() { return DomainArbitraries.geoPoints(); }
  @Provide Arbitrary<Customer> customers() { return DomainArbitraries.customers(); }
  @Provide Arbitrary<Site> sites() { return DomainArbitraries.sites(); }
  @Provide Arbitrary<Contact> contacts() { return DomainArbitraries.contacts(); }
  @Provide Arbitrary<ServiceContract> serviceContracts() { return DomainArbitraries.serviceContracts(); }
  @Provide Arbitrary<User> users() { return DomainArbitraries.users(); }
  @Provide Arbitrary<WorkOrder> workOrders() { return DomainArbitraries.workOrders(); }
  @Provide Arbitrary<WorkOrderEvent> workOrderEvents() { return DomainArbitraries.workOrderEvents(); }
  @Provide Arbitrary<Note> notes() { return DomainArbitraries.notes(); }
  @Provide Arbitrary<TimeEntry> timeEntries() { return DomainArbitraries.timeEntries(); }
  @Provide Arbitrary<PartUsage> partUsages() { return DomainArbitraries.partUsages(); }
  @Provide Arbitrary<Attachment> attachments() { return DomainArbitraries.attachments(); }
  @Provide Arbitrary<Checklist> checklists() { return DomainArbitraries.checklists(); }
  @Provide Arbitrary<Technician> technicians() { return DomainArbitraries.technicians(); }
  @Provide Arbitrary<Part> parts() { return DomainArbitraries.parts(); }
  @Provide Arbitrary<StockLocation> stockLocations() { return DomainArbitraries.stockLocations(); }
  @Provide Arbitrary<StockLevel> stockLevels() { return DomainArbitraries.stockLevels(); }
  @Provide Arbitrary<StockMovement> stockMovements() { return DomainArbitraries.stockMovements(); }
  @Provide Arbitrary<PartRequest> partRequests() { return DomainArbitraries.partRequests(); }
  @Provide Arbitrary<Equipment> equipment() { return DomainArbitraries.equipment(); }
  @Provide Arbitrary<EquipmentEvent> equipmentEvents() { return DomainArbitraries.equipmentEvents(); }
  @Provide Arbitrary<MaintenancePlan> maintenancePlans() { return DomainArbitraries.maintenancePlans(); }
  @Provide Arbitrary<ServiceReport> serviceReports() { return DomainArbitraries.serviceReports(); }
  @Provide Arbitrary<Feedback> feedback() { return DomainArbitraries.feedback(); }
}
