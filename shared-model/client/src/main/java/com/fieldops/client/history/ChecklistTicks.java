package com.fieldops.client.history;

import com.fieldops.client.text.Messages;
import com.fieldops.workorder.model.ChecklistItem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Who last ticked (or unticked, or answered) a checklist item, when and on which device, as a
 * person reads it next to the item: "Anna Koch · 10:42 · phone 3f9a2c". The time is in the site's
 * zone and the reader's locale; a tick of another day also says the date. Items written before
 * ticks were kept, and items nobody touched, read as nothing.
 */
public final class ChecklistTicks {
  private final Messages msg;
  private final EventAuthors authors;
  private final ZoneId zone;
  private final Clock clock;
  private final DateTimeFormatter time;
  private final DateTimeFormatter dateTime;

  public ChecklistTicks(Messages msg, EventAuthors authors, ZoneId zone, Clock clock) {
    this.msg = msg;
    this.authors = authors;
    this.zone = zone;
    this.clock = clock;
    this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(msg.locale()).withZone(zone);
    this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale()).withZone(zone);
  }

  /** "Anna Koch · 10:42 · phone 3f9a2c", or "" when nobody is known to have touched the item. */
  public String byline(ChecklistItem item) {
    if (item.tickedBy() == null || item.tickedAt() == null) {
      return "";
    }
    String when = when(item);
    String device = authors.device(item.tickedBy(), item.tickedOnDevice());
    return msg.text("history.checklistTick", authors.who(item.tickedBy(), item.tickedOnDevice()), when, device);
  }

  /** "Anna Koch · 10:42", without the device (what a customer reads on the phone's visit summary); "" when none. */
  public String whoAndWhen(ChecklistItem item) {
    if (item.tickedBy() == null || item.tickedAt() == null) {
      return "";
    }
    return msg.text("history.checklistTickShort", authors.who(item.tickedBy(), item.tickedOnDevice()), when(item));
  }

  private String when(ChecklistItem item) {
    boolean today = LocalDate.ofInstant(item.tickedAt(), zone).equals(LocalDate.now(clock.withZone(zone)));
    return (today ? time : dateTime).format(item.tickedAt());
  }

  /** The byline after a separator, ready to append to the item's line; "" when there is none. */
  public String suffix(ChecklistItem item) {
    String b = byline(item);
    return b.isEmpty() ? "" : "  ·  " + b;
  }
}
