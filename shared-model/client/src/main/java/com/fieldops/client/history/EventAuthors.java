package com.fieldops.client.history;

import com.fieldops.client.text.Messages;
import com.fieldops.workorder.model.WorkOrderEvent;
import java.util.Map;
import java.util.UUID;

/**
 * Who made a history entry and on which device, as a dispatcher reads it: "Anna Weber (phone
 * 3f9a2c)", "Dana Dispatcher (console 81be07)", "System" for what the server did by itself (SLA
 * escalations, numbers). The replica holds the technicians and the signed-in user, not every office
 * user: another office user reads as "Office staff". Technicians work from the phone app, office
 * staff from the console, so the device's kind follows from who it was; its id's end tells two
 * devices of one person apart.
 */
public final class EventAuthors {
  /** How many characters of a device id the line shows. */
  static final int DEVICE_ID_CHARS = 6;

  private final Messages msg;
  private final Map<UUID, String> technicianNamesByUser;
  private final Map<UUID, String> officeNamesByUser;

  /**
   * @param technicianNamesByUser technicians' names by their user id
   * @param officeNamesByUser     other known users' names by user id (the signed-in dispatcher)
   */
  public EventAuthors(Messages msg, Map<UUID, String> technicianNamesByUser, Map<UUID, String> officeNamesByUser) {
    this.msg = msg;
    this.technicianNamesByUser = Map.copyOf(technicianNamesByUser);
    this.officeNamesByUser = Map.copyOf(officeNamesByUser);
  }

  /** "Name (phone 3f9a2c)", or "System". */
  public String byline(WorkOrderEvent e) {
    if (isSystem(e)) {
      return msg.text("history.by.system");
    }
    return msg.text("history.by", who(e), device(e));
  }

  /** The actor's name; "System" for the server. */
  public String who(WorkOrderEvent e) {
    return who(e.actorId(), e.deviceId());
  }

  /** The name of the user {@code actorId} acting on {@code deviceId} (a checklist tick, an event); "System" for the server. */
  public String who(UUID actorId, String deviceId) {
    if (isSystem(actorId, deviceId)) {
      return msg.text("history.by.system");
    }
    String technician = technicianNamesByUser.get(actorId);
    if (technician != null) {
      return technician;
    }
    String office = officeNamesByUser.get(actorId);
    return office != null ? office : msg.text("history.by.office");
  }

  /** "phone 3f9a2c" or "console 81be07"; empty for the server. */
  public String device(WorkOrderEvent e) {
    return device(e.actorId(), e.deviceId());
  }

  /** "phone 3f9a2c" or "console 81be07" for what {@code actorId} did on {@code deviceId}; empty for the server. */
  public String device(UUID actorId, String deviceId) {
    if (isSystem(actorId, deviceId)) {
      return "";
    }
    String kind = technicianNamesByUser.containsKey(actorId) ? "history.device.phone" : "history.device.console";
    return msg.text(kind, shortId(deviceId));
  }

  static boolean isSystem(WorkOrderEvent e) {
    return isSystem(e.actorId(), e.deviceId());
  }

  private static boolean isSystem(UUID actorId, String deviceId) {
    return actorId == null || WorkOrderEvent.SERVER_DEVICE.equals(deviceId);
  }

  /** The end of a device id ("device-0193…3f9a2c" → "3f9a2c"): the random part, where ids differ. */
  static String shortId(String deviceId) {
    if (deviceId == null || deviceId.isBlank()) {
      return "?";
    }
    return deviceId.length() <= DEVICE_ID_CHARS ? deviceId : deviceId.substring(deviceId.length() - DEVICE_ID_CHARS);
  }
}
