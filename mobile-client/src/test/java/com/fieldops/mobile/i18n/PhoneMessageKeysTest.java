package com.fieldops.mobile.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text of the phone exists in English and Simplified Chinese, under the same keys. */
class PhoneMessageKeysTest {
  @Test
  void englishAndChineseHaveTheSameKeys() throws Exception {
    Properties en = load("messages.properties");
    Properties zh = load("messages_zh_CN.properties");
    assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    assertThat(zh.values()).allMatch(v -> !v.toString().isBlank());
  }

  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = PhoneMessageKeysTest.class.getResourceAsStream("/com/fieldops/mobile/i18n/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
