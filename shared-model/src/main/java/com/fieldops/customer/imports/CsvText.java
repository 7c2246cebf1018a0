package com.fieldops.customer.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CSV file as spreadsheets save it (RFC 4180: comma-separated, fields in double quotes may hold
 * commas, quotes doubled, line breaks), in UTF-8 with or without the byte-order mark Excel writes.
 * Any other encoding is refused as a whole rather than read as garbled names.
 */
final class CsvText {
  private CsvText() {}

  /** The text of {@code bytes}, or empty if they are not UTF-8 (a UTF-16 file, a GBK or Latin-1 export...). */
  static Optional<String> utf8(byte[] bytes) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      return Optional.empty(); // UTF-16 (Excel's "Unicode text")
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
      return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** One record of the file with the line it starts on (1-based). */
  record Line(int number, List<String> fields) {}

  /** The records of {@code text}; blank lines are skipped. An unclosed quote ends at the end of the file. */
  static List<Line> records(String text) {
    List<Line> out = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int recordStart = 1;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (ch == '\n') {
            line++;
          }
          field.append(ch);
        }
      } else if (ch == '"' && field.isEmpty()) {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (ch == '\r' || ch == '\n') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        add(out, recordStart, fields);
        fields = new ArrayList<>();
        line++;
        recordStart = line;
      } else {
        field.append(ch);
      }
    }
    if (!field.isEmpty() || !fields.isEmpty()) {
      fields.add(field.toString());
      add(out, recordStart, fields);
    }
    return out;
  }

  private static void add(List<Line> out, int number, List<String> fields) {
    if (fields.stream().allMatch(f -> f.isBlank())) {
      return;
    }
    out.add(new Line(number, List.copyOf(fields)));
  }
}
