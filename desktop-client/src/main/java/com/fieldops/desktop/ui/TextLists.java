package com.fieldops.desktop.ui;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;

/**
 * Read-only lists of text (a job's history and notes, a customer's sites and machines): each item's
 * lines, split at line breaks, wrap to the list's width; an empty list says so.
 */
public final class TextLists {
  private TextLists() {}

  /**
   * @param firstStyle a style class for each item's first line, or null
   * @param mutedFrom  the index of each item's first muted line ({@link Integer#MAX_VALUE}: none)
   */
  public static ListView<String> of(ObservableList<String> items, double height, String empty, String firstStyle,
      int mutedFrom) {
    ListView<String> l = new ListView<>(items);
    l.setPrefHeight(height);
    l.setPlaceholder(Labels.muted(empty));
    l.setCellFactory(v -> new ListRowCell<>(null, firstStyle, mutedFrom, s -> List.of(s.split("\n")), true));
    return l;
  }
}
