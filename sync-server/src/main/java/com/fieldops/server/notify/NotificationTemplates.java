package com.fieldops.server.notify;

import com.fieldops.workorder.model.Priority;
import com.fieldops.sla.EscalationAction;
import com.fieldops.sla.EscalationTrigger;
import com.fieldops.sla.EscalationWithdrawal;
import com.fieldops.sla.Milestone;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of escalation e-mails, from {@code com/fieldops/server/notify/NotifyMessages} in the
 * recipient's language (English and Simplified Chinese), times in the site's time zone.
 */
public final class NotificationTemplates {
  public static final String BUNDLE = "com.fieldops.server.notify.NotifyMessages";

  /** A rendered message. */
  public record Message(String subject, String body) {}

  /**
   * What a message about one escalation level says.
   *
   * @param dueAt        the milestone's due instant
   * @param levelAt      when the level was due to fire
   * @param minutesLate  how late it fires (server was down); 0 when on time
   * @param newPriority  the priority after a RAISE_PRIORITY action, else null
   */
  public record EscalationFacts(String workOrderLabel, Milestone milestone, EscalationTrigger trigger,
      List<EscalationAction> actions, Priority newPriority, String customerName, String siteName, String problem,
      Instant dueAt, Instant levelAt, long minutesLate, ZoneId zone) {
    public EscalationFacts {
      actions = List.copyOf(actions);
    }
  }

  public Message fired(EscalationFacts f, Locale locale) {
    ResourceBundle b = bundle(locale);
    Object[] args = args(f, b, locale);
    String type = f.trigger().type().name();
    String subject = format(b, "fired.subject." + type, locale, args);
    List<String> lines = new ArrayList<>();
    lines.add(format(b, "fired.intro." + type, locale, args));
    if (f.minutesLate() > 0) {
      lines.add("");
      lines.add(format(b, "fired.late", locale, time(f.levelAt(), f.zone(), locale), String.valueOf(f.minutesLate())));
    }
    lines.add("");
    lines.add(format(b, "fired.details", locale, args));
    lines.add("");
    lines.add(b.getString("fired.actions"));
    for (EscalationAction a : f.actions()) {
      lines.add("- " + action(a, f.newPriority(), b, locale));
    }
    lines.add("");
    lines.add(b.getString("fired.footer"));
    return new Message(subject, String.join("\n", lines));
  }

  public Message withdrawn(EscalationFacts f, EscalationWithdrawal.Reason reason, Instant metAt, Locale locale) {
    ResourceBundle b = bundle(locale);
    Object[] args = args(f, b, locale);
    args[4] = metAt == null ? "" : time(metAt, f.zone(), locale);
    return new Message(format(b, "withdrawn.subject", locale, args),
        format(b, "withdrawn.body." + reason.name(), locale, args));
  }

  private static Object[] args(EscalationFacts f, ResourceBundle b, Locale locale) {
    String threshold = f.trigger().threshold() == null ? ""
        : String.valueOf(Math.round(f.trigger().threshold() * 100));
    String minutes = f.trigger().minutes() == null ? "" : String.valueOf(f.trigger().minutes());
    return new Object[] {f.workOrderLabel(), b.getString("milestone." + f.milestone().name()),
        nullToEmpty(f.customerName()), nullToEmpty(f.siteName()),
        f.dueAt() == null ? "" : time(f.dueAt(), f.zone(), locale), threshold, minutes, nullToEmpty(f.problem())};
  }

  private static String action(EscalationAction a, Priority newPriority, ResourceBundle b, Locale locale) {
    return switch (a.type()) {
      case NOTIFY -> format(b, "action.NOTIFY", locale, b.getString("target." + a.target().name()));
      case RAISE_PRIORITY -> format(b, "action.RAISE_PRIORITY", locale,
          newPriority == null ? "" : newPriority.name());
      case FLAG_FOR_REASSIGNMENT -> b.getString("action.FLAG_FOR_REASSIGNMENT");
    };
  }

  /** A date and time for a person: the locale's medium style in the site's zone, zone named. */
  public static String time(Instant at, ZoneId zone, Locale locale) {
    DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale).withZone(zone);
    return f.format(at) + " (" + zone.getId() + ")";
  }

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, NotificationTemplates.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String format(ResourceBundle b, String key, Locale locale, Object... args) {
    return com.fieldops.common.validation.MessageLookup.format(b, locale, key, args);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
