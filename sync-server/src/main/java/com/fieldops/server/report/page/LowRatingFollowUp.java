package com.fieldops.server.report.page;

import com.fieldops.common.json.Json;
import com.fieldops.equipment.plan.SystemActor;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.PushRequest;
import com.fieldops.report.model.Feedback;
import com.fieldops.server.notify.Channel;
import com.fieldops.server.notify.Notification;
import com.fieldops.server.notify.NotificationOutbox;
import com.fieldops.server.notify.NotificationState;
import com.fieldops.server.notify.Recipient;
import com.fieldops.server.notify.Recipients;
import com.fieldops.server.storage.Database;
import com.fieldops.server.sync.PushService;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A visit rated 1 or 2 stars ({@link Feedback#needsFollowUp()}) opens a COMPLAINT work order at P1 in
 * the dispatcher's queue (unassigned, same customer, site, machine and contact), whose problem names
 * the original job, the rating and the comment; and the region's supervisors hear of it by e-mail
 * through the notification outbox (the SUPERVISOR recipients of the escalation path). The job goes
 * through the push path as the System actor with ids derived from the rating: opened once, whatever
 * is retried.
 */
final class LowRatingFollowUp {
  private static final Logger LOG = LoggerFactory.getLogger(LowRatingFollowUp.class);
  static final String KIND = "LOW_RATING";
  private final Database db;
  private final Clock clock;
  private final PushService push;

  LowRatingFollowUp(Database db, Clock clock, PushService push) {
    this.db = db;
    this.clock = clock;
    this.push = push;
  }

  static UUID followUpIdFor(UUID feedbackId) {
    return UUID.nameUUIDFromBytes(("complaint-job:" + feedbackId).getBytes(StandardCharsets.UTF_8));
  }

  void rated(Feedback feedback, WorkOrder job) {
    if (!feedback.needsFollowUp()) {
      return;
    }
    UUID followUp = followUpIdFor(feedback.id());
    // stored data read by the office: written in English like the other texts the server writes into jobs
    String problem = text(Locale.ENGLISH, "followUp.problem", job.label(), feedback.rating(),
        feedback.comment() == null ? "-" : feedback.comment(), job.id().toString());
    CreateWorkOrder create = new CreateWorkOrder(job.customerId(), job.siteId(), job.contactId(), job.equipmentId(),
        WorkOrderType.COMPLAINT, Priority.P1, null, problem.length() > 4000 ? problem.substring(0, 4000) : problem,
        null, null, null);
    MutationEnvelope envelope = new MutationEnvelope(UUID.nameUUIDFromBytes(("complaint-mutation:" + feedback.id())
        .getBytes(StandardCharsets.UTF_8)), "CreateWorkOrder", followUp, null, WorkOrderEvent.SERVER_DEVICE,
        clock.instant(), Json.mapper().valueToTree(create));
    MutationResult result = push.push(SystemActor.actor(), Locale.ENGLISH, new PushRequest(List.of(envelope)))
        .results().get(0);
    LOG.atInfo().setMessage("low rating opened a complaint work order").addKeyValue("event", "customer.rating.followUp")
        .addKeyValue("workOrder", job.label()).addKeyValue("rating", feedback.rating())
        .addKeyValue("followUp", followUp).addKeyValue("status", result.status()).addKeyValue("reason", result.reason())
        .log();
    NotificationOutbox outbox = new NotificationOutbox(db.dialect());
    int told = db.write(c -> {
      List<Notification> mails = new ArrayList<>();
      for (Recipient r : new Recipients().forTarget(c, "SUPERVISOR", job.region())) {
        if (r.channel() != Channel.EMAIL) {
          continue;
        }
        Locale locale = r.locale() == null ? Locale.ENGLISH : r.locale();
        Object[] args = {job.label(), feedback.rating(), feedback.comment() == null ? "-" : feedback.comment()};
        mails.add(new Notification(UUID.nameUUIDFromBytes(("low-rating:" + feedback.id() + ":" + r.id())
            .getBytes(StandardCharsets.UTF_8)), KIND, followUp, null, null, Channel.EMAIL, r.address(), locale,
            r.id(), text(locale, "lowRating.subject", args), text(locale, "lowRating.body", args), null,
            NotificationState.PENDING, 0, clock.instant(), null, clock.instant(), null));
      }
      outbox.enqueueAll(c, mails);
      return mails.size();
    });
    LOG.atInfo().setMessage("supervisors told of a low rating").addKeyValue("event", "customer.rating.supervisors")
        .addKeyValue("workOrder", job.label()).addKeyValue("recipients", told).log();
  }

  private static String text(Locale locale, String key, Object... args) {
    ResourceBundle b = ResourceBundle.getBundle(CustomerPage.BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(b.getString(key), locale).format(args);
  }
}
