package com.fieldops.desktop.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A combo-box entry with a value that may be null ("All") and its text for a person. */
public record Choice<T>(T value, String text) {
  @Override
  public String toString() {
    return text;
  }

  /** A combo box of "All" + the values, bound both ways to {@code target} (null = all). */
  public static <T> ComboBox<Choice<T>> combo(String allText, List<T> values, Function<T, String> text, Property<T> target) {
    List<Choice<T>> items = new ArrayList<>();
    items.add(new Choice<>(null, allText));
    for (T v : values) {
      items.add(new Choice<>(v, text.apply(v)));
    }
    ComboBox<Choice<T>> box = new ComboBox<>();
    box.getItems().setAll(items);
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(Choice<T> c) {
        return c == null ? allText : c.text();
      }

      @Override
      public Choice<T> fromString(String s) {
        return null;
      }
    });
    select(box, target.getValue());
    box.valueProperty().addListener((o, a, b) -> target.setValue(b == null ? null : b.value()));
    target.addListener((o, a, b) -> select(box, b));
    return box;
  }

  private static <T> void select(ComboBox<Choice<T>> box, T value) {
    for (Choice<T> c : box.getItems()) {
      if (java.util.Objects.equals(c.value(), value)) {
        if (box.getValue() != c) {
          box.setValue(c);
        }
        return;
      }
    }
  }
}
