package com.fieldops.desktop.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box shows its values to a person; the values are chosen, never typed. */
public final class ShownAs<T> extends StringConverter<T> {
  private final Function<T, String> text;

  private ShownAs(Function<T, String> text) {
    this.text = text;
  }

  /** Shows each value through {@code text}; no value shows as empty. */
  public static <T> ShownAs<T> text(Function<T, String> text) {
    return new ShownAs<>(text);
  }

  @Override
  public String toString(T value) {
    return value == null ? "" : text.apply(value);
  }

  @Override
  public T fromString(String s) {
    return null;
  }
}
