package com.fieldops.server.report.pdf;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report layout as an HTML/CSS template a company can adjust (a copy named by
 * {@code report.template}), filled with a small subset of Mustache: {@code {{name}}} (a value,
 * always HTML-escaped: a note holding {@code <script>} prints as text), {@code {{a.b}}} (a value in a
 * nested map), {@code {{#name}}...{{/name}}} (repeated per element of a list, shown once for a true
 * value or a non-empty map/text) and {@code {{^name}}...{{/name}}} (shown when the value is missing,
 * false or empty). There is deliberately no unescaped form: text never becomes markup.
 */
public final class ReportTemplate {
  private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^/]?)\\s*([A-Za-z0-9_.]+)\\s*}}");
  private final String text;

  public ReportTemplate(String text) {
    this.text = text;
    check();
  }

  /** The template with {@code model}'s values filled in. */
  public String render(Map<String, ?> model) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    render(text, List.of(model), out);
    return out.toString();
  }

  private static void render(String tpl, List<Object> scopes, StringBuilder out) {
    Matcher m = TAG.matcher(tpl);
    int pos = 0;
    while (m.find(pos)) {
      out.append(tpl, pos, m.start());
      String kind = m.group(1);
      String name = m.group(2);
      if (kind.isEmpty()) {
        Object v = lookup(scopes, name);
        out.append(escape(v == null ? "" : String.valueOf(v)));
        pos = m.end();
        continue;
      }
      int close = closing(tpl, name, m.end());
      String inner = tpl.substring(m.end(), close);
      pos = close + ("{{/" + name + "}}").length();
      Object v = lookup(scopes, name);
      if (kind.equals("^")) {
        if (!truthy(v)) {
          render(inner, scopes, out);
        }
      } else if (v instanceof List<?> list) {
        for (Object element : list) {
          render(inner, push(scopes, element), out);
        }
      } else if (truthy(v)) {
        render(inner, v instanceof Map<?, ?> ? push(scopes, v) : scopes, out);
      }
    }
    out.append(tpl, pos, tpl.length());
  }

  /** Where the section {@code name} opened before {@code from} closes (sections of one name may nest). */
  private static int closing(String tpl, String name, int from) {
    Matcher m = TAG.matcher(tpl);
    int depth = 1;
    int pos = from;
    while (m.find(pos)) {
      if (m.group(2).equals(name)) {
        if (m.group(1).equals("/")) {
          if (--depth == 0) {
            return m.start();
          }
        } else if (!m.group(1).isEmpty()) {
          depth++;
        }
      }
      pos = m.end();
    }
    throw new IllegalArgumentException("report template: section {{#" + name + "}} is never closed");
  }

  private void check() {
    // a template that cannot be filled should fail at start-up, not on the first customer's report
    render(text, List.of(Map.of()), new StringBuilder());
  }

  private static List<Object> push(List<Object> scopes, Object top) {
    java.util.ArrayList<Object> s = new java.util.ArrayList<>(scopes.size() + 1);
    s.add(top);
    s.addAll(scopes);
    return s;
  }

  private static Object lookup(List<Object> scopes, String name) {
    if (name.equals(".")) {
      return scopes.get(0);
    }
    String[] path = name.split("\\.");
    for (Object scope : scopes) {
      if (scope instanceof Map<?, ?> map && map.containsKey(path[0])) {
        Object v = map.get(path[0]);
        for (int i = 1; i < path.length && v != null; i++) {
          v = v instanceof Map<?, ?> inner ? inner.get(path[i]) : null;
        }
        return v;
      }
    }
    return null;
  }

  private static boolean truthy(Object v) {
    if (v == null || Boolean.FALSE.equals(v)) {
      return false;
    }
    if (v instanceof List<?> l) {
      return !l.isEmpty();
    }
    if (v instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return !(v instanceof String s) || !s.isBlank();
  }

  /** HTML-escapes text for element content and quoted attribute values. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // control characters other than tab and newlines are not allowed in XHTML
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
