package com.fieldops.desktop.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The console's screens, in navigation order; Ctrl+1…9 and Ctrl+0 jump to the first ten. */
public enum Screen {
  DISPATCH("nav.dispatch", MaterialDesignV.VIEW_DASHBOARD_OUTLINE, KeyCode.DIGIT1),
  WORK_ORDERS("nav.workOrders", MaterialDesignC.CLIPBOARD_TEXT_OUTLINE, KeyCode.DIGIT2),
  CUSTOMERS("nav.customers", MaterialDesignA.ACCOUNT_GROUP_OUTLINE, KeyCode.DIGIT3),
  ESCALATIONS("nav.escalations", MaterialDesignA.ALERT_OUTLINE, KeyCode.DIGIT4),
  KPIS("nav.kpis", MaterialDesignF.FINANCE, KeyCode.DIGIT5),
  EQUIPMENT("nav.equipment", org.kordamp.ikonli.materialdesign2.MaterialDesignR.ROBOT_INDUSTRIAL_OUTLINE, KeyCode.DIGIT6),
  STOCK("nav.stock", org.kordamp.ikonli.materialdesign2.MaterialDesignP.PACKAGE_VARIANT_CLOSED, KeyCode.DIGIT7),
  // --- administration (issue 13 item 6/9) ---
  CONTRACTS("nav.contracts", MaterialDesignF.FILE_SIGN, KeyCode.DIGIT8),
  DATA_EXCHANGE("nav.dataExchange", MaterialDesignF.FILE_DELIMITED_OUTLINE, KeyCode.DIGIT9),
  /** Checklist templates (issue 13 item 7): no digit is left, so no shortcut. */
  CHECKLIST_TEMPLATES("nav.checklistTemplates", MaterialDesignC.CLIPBOARD_CHECK_OUTLINE, null),
  /** Only an administrator sees it (the server refuses anyone else anyway). */
  USERS("nav.users", MaterialDesignA.ACCOUNT_KEY_OUTLINE, KeyCode.DIGIT0, true);

  private final String titleKey;
  private final Ikon icon;
  private final KeyCode digit;
  private final boolean adminOnly;

  Screen(String titleKey, Ikon icon, KeyCode digit) {
    this(titleKey, icon, digit, false);
  }

  Screen(String titleKey, Ikon icon, KeyCode digit, boolean adminOnly) {
    this.titleKey = titleKey;
    this.icon = icon;
    this.digit = digit;
    this.adminOnly = adminOnly;
  }

  /** Shown (and reachable by its shortcut) only when an administrator is signed in. */
  public boolean adminOnly() {
    return adminOnly;
  }

  public String titleKey() {
    return titleKey;
  }

  public Ikon icon() {
    return icon;
  }

  /** Ctrl+digit; null for a screen reached only from the navigation. */
  public KeyCombination shortcut() {
    return digit == null ? null : new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN);
  }

  public static Screen parse(String name) {
    for (Screen s : values()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    return DISPATCH;
  }
}
