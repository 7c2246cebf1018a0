package com.fieldops.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.fixtures.Records;
import com.fieldops.fixtures.Samples;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Generic sweep: for EVERY field constraint of every domain record, a value that breaks it gives a
 * violation on that field whose message is the constraint's bundle text (attributes filled in),
 * in English and in Chinese. Catches a constraint whose message key is missing or mistyped.
 */
class ConstraintCoverageTest {
  private static final ResourceBundle EN = MessageBundles.forLocale(Locale.ENGLISH);
  private static final ResourceBundle ZH = MessageBundles.forLocale(Locale.SIMPLIFIED_CHINESE);

  @TestFactory
  Stream<DynamicTest> everyFieldConstraintRejectsABadValueWithItsOwnMessage() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Record sample : Samples.all()) {
      for (RecordComponent component : sample.getClass().getRecordComponents()) {
        for (Annotation constraint : fieldAnnotations(sample, component)) {
          Object bad = badValueFor(constraint, component);
          if (bad == NO_BAD_VALUE) {
            continue;
          }
          String name = sample.getClass().getSimpleName() + "." + component.getName() + " @"
              + constraint.annotationType().getSimpleName();
          tests.add(DynamicTest.dynamicTest(name, () -> {
            Record broken = Records.with(sample, component.getName(), bad == NULL ? null : bad);
            String key = messageKey(constraint);
            assertThat(Validators.validate(broken, Locale.ENGLISH))
                .contains(new Violation(component.getName(), expected(EN, key, constraint)));
            assertThat(Validators.validate(broken, Locale.SIMPLIFIED_CHINESE))
                .contains(new Violation(component.getName(), expected(ZH, key, constraint)));
          }));
        }
      }
    }
    assertThat(tests).hasSizeGreaterThan(150);
    return tests.stream();
  }

  @Test
  void everySampledRecordTypeOfTheModelHasASample() {
    Set<String> sampled = Samples.all().stream().map(r -> r.getClass().getName()).collect(Collectors.toSet());
    Set<String> records = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.fieldops.model").stream()
        .filter(c -> c.reflect().isRecord())
        .filter(c -> !c.getPackageName().equals("com.fieldops.model.validation")
            && !c.getPackageName().equals("com.fieldops.model.json"))
        .map(JavaClass::getName).collect(Collectors.toSet());
    assertThat(sampled).containsAll(records);
  }

  @Test
  void bothLanguagesHaveTheSameKeys() {
    for (String bundle : List.of("ValidationMessages")) {
      ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
      Set<String> en = ResourceBundle.getBundle(bundle, Locale.ROOT, noFallback).keySet();
      ResourceBundle zhBundle = ResourceBundle.getBundle(bundle, Locale.SIMPLIFIED_CHINESE, noFallback);
      Set<String> zhOwn = new HashSet<>(zhBundle.keySet());
      assertThat(zhOwn).as(bundle).containsExactlyInAnyOrderElementsOf(en);
      for (String key : en) {
        assertThat(zhBundle.getString(key)).as(key).matches("(?s).*[\\u4e00-\\u9fff].*");
      }
    }
  }

  @Test
  void everyMessageKeyInTheModelExistsInTheBundle() {
    Set<String> used = new HashSet<>();
    for (Record sample : Samples.all()) {
      for (RecordComponent component : sample.getClass().getRecordComponents()) {
        for (Annotation a : fieldAnnotations(sample, component)) {
          String key = messageKey(a);
          if (key != null) {
            used.add(key);
          }
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(100)
        .allSatisfy(key -> assertThat(EN.containsKey(key)).as(key).isTrue());
  }

  /** Constraint annotations don't target record components: Java puts them on the field. */
  private static Annotation[] fieldAnnotations(Record sample, RecordComponent component) {
    try {
      return sample.getClass().getDeclaredField(component.getName()).getAnnotations();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- bad values per constraint --------------------------------------------------------

  private static final Object NO_BAD_VALUE = new Object();
  private static final Object NULL = new Object();

  private static Object badValueFor(Annotation a, RecordComponent component) {
    Class<?> type = component.getType();
    if (a instanceof NotNull || a instanceof NotEmpty && !type.equals(String.class)) {
      if (a instanceof NotEmpty) {
        return List.of();
      }
      return type.isPrimitive() ? NO_BAD_VALUE : NULL;
    }
    if (a instanceof NotBlank) {
      return " ";
    }
    if (a instanceof Size s && type.equals(String.class)) {
      return s.max() < 100_000 ? "x".repeat(s.max() + 1) : NO_BAD_VALUE;
    }
    if (a instanceof Pattern) {
      return "no match!";
    }
    if (a instanceof Email) {
      return "someone@nowhere";
    }
    if (a instanceof Min m) {
      return number(type, m.value() - 1);
    }
    if (a instanceof Max m) {
      return number(type, m.value() + 1);
    }
    if (a instanceof DecimalMin m && (type == double.class)) {
      return Double.parseDouble(m.value()) - 0.5;
    }
    if (a instanceof DecimalMax m && (type == double.class)) {
      return Double.parseDouble(m.value()) + 0.5;
    }
    if (a instanceof Digits d && type == BigDecimal.class) {
      return new BigDecimal("1" + "0".repeat(d.integer()));
    }
    return NO_BAD_VALUE;
  }

  private static Object number(Class<?> type, long value) {
    if (type == int.class || type == Integer.class) {
      return (int) value;
    }
    return value;
  }

  private static String messageKey(Annotation a) {
    try {
      String message = (String) a.annotationType().getMethod("message").invoke(a);
      return message.startsWith("{") ? message.substring(1, message.length() - 1) : null;
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  /** The bundle text with {@code {max}}-style attributes replaced by the annotation's values. */
  private static String expected(ResourceBundle bundle, String key, Annotation a) throws Exception {
    String text = bundle.getString(key);
    Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = a.annotationType().getMethod(m.group(1)).invoke(a);
      m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
