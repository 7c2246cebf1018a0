package com.fieldops.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies for record components; tolerant of null elements so validation can name them. */
public final class Lists {
  private Lists() {}

  /** Null becomes empty (an absent JSON array), otherwise an unmodifiable copy. */
  public static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
