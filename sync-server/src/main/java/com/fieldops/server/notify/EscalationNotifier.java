package com.fieldops.server.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fieldops.common.Ids;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Technician;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.sla.EscalationAction;
import com.fieldops.sla.EscalationWithdrawal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Turns an escalation level into outbox entries: who is told (the assignee's and the customer
 * contact's own e-mail addresses, plus the office mailboxes and webhooks an admin configured per
 * target and region), in their language, each message rendered now so the outbox holds exactly what
 * is sent. A withdrawal goes to everyone the level's announcement went to.
 */
public final class EscalationNotifier {
  private final NotificationOutbox outbox;
  private final Recipients recipients = new Recipients();
  private final NotificationTemplates templates = new NotificationTemplates();

  public EscalationNotifier(NotificationOutbox outbox) {
    this.outbox = outbox;
  }

  /** The records a message needs besides the level; any may be null except the work order. */
  public record Subject(WorkOrder workOrder, Site site, Customer customer, Contact contact, Technician assignee) {}

  /** Queues the announcements of a fired level; returns how many were queued. */
  public int fired(Connection c, Subject s, NotificationTemplates.EscalationFacts facts, String levelKey,
      UUID eventId, Instant now) throws SQLException {
    Map<String, Target> targets = new LinkedHashMap<>();
    for (EscalationAction a : facts.actions()) {
      if (a.type() != EscalationAction.Type.NOTIFY || a.target() == null) {
        continue;
      }
      switch (a.target()) {
        case ASSIGNEE -> {
          if (s.assignee() != null && s.assignee().email() != null) {
            add(targets, new Target(Channel.EMAIL, s.assignee().email(), Locale.ENGLISH, null));
          }
        }
        case CUSTOMER_CONTACT -> {
          if (s.contact() != null && s.contact().email() != null) {
            add(targets, new Target(Channel.EMAIL, s.contact().email(), locale(s.contact().language()), null));
          } else if (s.customer() != null && s.customer().email() != null) {
            add(targets, new Target(Channel.EMAIL, s.customer().email(), locale(s.customer().language()), null));
          }
        }
        default -> { }
      }
      for (Recipient r : recipients.forTarget(c, a.target().name(), s.workOrder().region())) {
        add(targets, new Target(r.channel(), r.address(), r.locale(), r.id()));
      }
    }
    for (Recipient r : recipients.forTarget(c, Recipient.ANY, s.workOrder().region())) {
      add(targets, new Target(r.channel(), r.address(), r.locale(), r.id()));
    }
    List<Notification> entries = new ArrayList<>();
    for (Target t : targets.values()) {
      NotificationTemplates.Message m = templates.fired(facts, t.locale());
      entries.add(entry(Notification.FIRED, s.workOrder().id(), levelKey, eventId, t, m,
          payload(Notification.FIRED, s, facts, levelKey, eventId, now, m, null), now));
    }
    outbox.enqueueAll(c, entries);
    return entries.size();
  }

  /** Tells everyone who heard of a level that it is withdrawn; returns how many were queued. */
  public int withdrawn(Connection c, Subject s, NotificationTemplates.EscalationFacts facts, String levelKey,
      EscalationWithdrawal.Reason reason, Instant metAt, UUID eventId, Instant now) throws SQLException {
    Map<String, Target> targets = new LinkedHashMap<>();
    for (Notification n : outbox.announcementsOf(c, s.workOrder().id(), levelKey)) {
      add(targets, new Target(n.channel(), n.address(), n.locale(), n.recipientId()));
    }
    List<Notification> entries = new ArrayList<>();
    for (Target t : targets.values()) {
      NotificationTemplates.Message m = templates.withdrawn(facts, reason, metAt, t.locale());
      entries.add(entry(Notification.WITHDRAWN, s.workOrder().id(), levelKey, eventId, t, m,
          payload(Notification.WITHDRAWN, s, facts, levelKey, eventId, now, m, reason), now));
    }
    outbox.enqueueAll(c, entries);
    return entries.size();
  }

  private record Target(Channel channel, String address, Locale locale, UUID recipientId) {}

  private static void add(Map<String, Target> targets, Target t) {
    targets.putIfAbsent(t.channel() + " " + t.address().toLowerCase(Locale.ROOT), t);
  }

  private static Notification entry(String kind, UUID workOrderId, String levelKey, UUID eventId, Target t,
      NotificationTemplates.Message m, String payload, Instant now) {
    return new Notification(Ids.newId(), kind, workOrderId, levelKey, eventId, t.channel(), t.address(), t.locale(),
        t.recipientId(), m.subject(), m.body(), t.channel() == Channel.WEBHOOK ? payload : null,
        NotificationState.PENDING, 0, now, null, now, null);
  }

  private static String payload(String kind, Subject s, NotificationTemplates.EscalationFacts f, String levelKey,
      UUID eventId, Instant now, NotificationTemplates.Message m, EscalationWithdrawal.Reason reason) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("kind", kind);
    o.put("eventId", eventId.toString());
    o.put("workOrderId", s.workOrder().id().toString());
    o.put("workOrderNumber", s.workOrder().label());
    o.put("region", s.workOrder().region());
    o.put("priority", s.workOrder().priority().name());
    o.put("milestone", f.milestone().name());
    o.put("level", levelKey);
    o.put("trigger", f.trigger().type().name());
    ArrayNode actions = o.putArray("actions");
    for (EscalationAction a : f.actions()) {
      actions.add(a.type() == EscalationAction.Type.NOTIFY ? "NOTIFY_" + a.target() : a.type().name());
    }
    if (f.dueAt() != null) {
      o.put("dueAt", f.dueAt().toString());
    }
    if (f.levelAt() != null) {
      o.put("levelAt", f.levelAt().toString());
    }
    o.put("at", now.toString());
    o.put("minutesLate", f.minutesLate());
    if (reason != null) {
      o.put("reason", reason.name());
    }
    o.put("subject", m.subject());
    o.put("text", m.body());
    return Json.write(o);
  }

  /** A contact's language tag as a bundle locale; any Chinese reads the Simplified Chinese texts. */
  public static Locale locale(String language) {
    if (language == null || language.isBlank()) {
      return Locale.ENGLISH;
    }
    if (language.toLowerCase(Locale.ROOT).startsWith("zh")) {
      return Locale.SIMPLIFIED_CHINESE;
    }
    return Locale.forLanguageTag(language);
  }
}
