package com.fieldops.desktop.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The console's screens, in navigation order; Ctrl+1…7 jumps to each. */
public enum Screen {
  DISPATCH("nav.dispatch", MaterialDesignV.VIEW_DASHBOARD_OUTLINE, KeyCode.DIGIT1),
  WORK_ORDERS("nav.workOrders", MaterialDesignC.CLIPBOARD_TEXT_OUTLINE, KeyCode.DIGIT2),
  CUSTOMERS("nav.customers", MaterialDesignA.ACCOUNT_GROUP_OUTLINE, KeyCode.DIGIT3),
  ESCALATIONS("nav.escalations", MaterialDesignA.ALERT_OUTLINE, KeyCode.DIGIT4),
  KPIS("nav.kpis", MaterialDesignF.FINANCE, KeyCode.DIGIT5),
  EQUIPMENT("nav.equipment", org.kordamp.ikonli.materialdesign2.MaterialDesignR.ROBOT_INDUSTRIAL_OUTLINE, KeyCode.DIGIT6),
  STOCK("nav.stock", org.kordamp.ikonli.materialdesign2.MaterialDesignP.PACKAGE_VARIANT_CLOSED, KeyCode.DIGIT7);

  private final String titleKey;
  private final Ikon icon;
  private final KeyCode digit;

  Screen(String titleKey, Ikon icon, KeyCode digit) {
    this.titleKey = titleKey;
    this.icon = icon;
    this.digit = digit;
  }

  public String titleKey() {
    return titleKey;
  }

  public Ikon icon() {
    return icon;
  }

  public KeyCombination shortcut() {
    return new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN);
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
