package com.fieldops.desktop.theme;

/**
 * Style-class names used by the console, one place, so views and CSS agree. The colours behind
 * them are named semantic variables in {@code fieldops.css} ({@code -fo-ok}, {@code -fo-warning},
 * {@code -fo-breached}, {@code -fo-paused}) defined on top of the AtlantaFX palette, so light and
 * dark follow the theme.
 */
public final class Styles {
  private Styles() {}

  public static final String CONSOLE = "fo-console";
  public static final String NAV = "fo-nav";
  public static final String NAV_BUTTON = "fo-nav-button";
  public static final String SCREEN_TITLE = "fo-screen-title";
  public static final String SECTION_TITLE = "fo-section-title";
  public static final String MUTED = "fo-muted";
  public static final String CARD = "fo-card";

  // SLA states: colour AND an icon/text are always shown together (never colour alone).
  public static final String SLA_BADGE = "fo-sla-badge";
  /** A smaller badge with short words (lists); the full sentence is its tooltip. */
  public static final String COMPACT = "fo-compact";
  /** "No SLA" in place of badges. */
  public static final String SLA_NONE = "fo-sla-none";
  public static final String OK = "fo-ok";
  public static final String WARNING = "fo-warning";
  public static final String BREACHED = "fo-breached";
  public static final String PAUSED = "fo-paused";
  public static final String MET = "fo-met";

  public static final String STATUS_BAR = "fo-status-bar";
  public static final String ONLINE = "fo-online";
  public static final String OFFLINE = "fo-offline";
  public static final String REJECTED = "fo-rejected";

  public static final String QUEUE_CELL = "fo-queue-cell";
  public static final String PRIORITY_CHIP = "fo-priority-chip";
  public static final String TIMELINE = "fo-timeline";
  public static final String TIMELINE_ROW = "fo-timeline-row";
  public static final String TIMELINE_HEADER = "fo-timeline-header";
  public static final String TECH_NAME = "fo-tech-name";
  public static final String WORKING_HOURS = "fo-working-hours";
  public static final String ABSENCE = "fo-absence";
  public static final String JOB_BLOCK = "fo-job-block";
  /** A planned preventive-maintenance job (block, queue entry, legend swatch). */
  public static final String PREVENTIVE = "fo-preventive";
  public static final String DROP_TARGET = "fo-drop-target";
  public static final String SELECTED = "fo-selected";
  public static final String FIELD_ERROR = "fo-field-error";
  public static final String INVALID = "fo-invalid";
  public static final String BANNER = "fo-banner";
  public static final String KPI_TILE = "fo-kpi-tile";
  public static final String KPI_VALUE = "fo-kpi-value";

  /** Priority chip classes {@code fo-p1} … {@code fo-p4}. */
  public static String priority(String priorityName) {
    return "fo-" + priorityName.toLowerCase(java.util.Locale.ROOT);
  }
}
