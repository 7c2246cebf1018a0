package com.fieldops.client.form;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where one message of a form shows: next to a field, or the form's own. Each app backs it with
 * what its views bind to (the console with a JavaFX property); "" means no message.
 */
public interface MessageSlot {
  String get();

  void set(String message);

  /** A slot over an app's own value holder. */
  static MessageSlot of(Supplier<String> get, Consumer<String> set) {
    return new MessageSlot() {
      @Override
      public String get() {
        return get.get();
      }

      @Override
      public void set(String message) {
        set.accept(message);
      }
    };
  }

  /** A slot holding its message itself (tests, screens without bindings). */
  static MessageSlot plain() {
    String[] held = {""};
    return of(() -> held[0], m -> held[0] = m);
  }
}
