package com.fieldops.server.report.page;

import com.fieldops.server.testing.ApiClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** A browser's part for the customer's pages over loopback: keeps cookies, sends forms, follows nothing. */
final class PortalClient {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern REQUEST = Pattern.compile("name=\"requestId\" value=\"([^\"]+)\"");

  /** One answer: status, body, headers that matter here. */
  record Page(int status, String body, String location, List<String> setCookies, byte[] bytes) {
    String csrf() {
      Matcher m = CSRF.matcher(body);
      if (!m.find()) {
        throw new AssertionError("no CSRF field in " + body);
      }
      return m.group(1);
    }

    String requestId() {
      Matcher m = REQUEST.matcher(body);
      if (!m.find()) {
        throw new AssertionError("no requestId field in " + body);
      }
      return m.group(1);
    }
  }

  private final String base;
  private final String language;
  final Map<String, Cookie> cookies = new LinkedHashMap<>();
  private final OkHttpClient http;

  PortalClient(String base, String language) {
    this.base = base;
    this.language = language;
    this.http = ApiClient.HTTP.newBuilder().followRedirects(false).cookieJar(new CookieJar() {
      @Override
      public void saveFromResponse(HttpUrl url, List<Cookie> list) {
        for (Cookie c : list) {
          if (c.expiresAt() < System.currentTimeMillis() || c.value().isEmpty()) {
            cookies.remove(c.name());
          } else {
            cookies.put(c.name(), c);
          }
        }
      }

      @Override
      public List<Cookie> loadForRequest(HttpUrl url) {
        return new ArrayList<>(cookies.values().stream().filter(c -> c.matches(url)).toList());
      }
    }).build();
  }

  Page get(String path) {
    return call(new Request.Builder().url(base + path).get());
  }

  /** {@code fields}: name, value, name, value... */
  Page post(String path, String... fields) {
    FormBody.Builder form = new FormBody.Builder(StandardCharsets.UTF_8);
    for (int i = 0; i < fields.length; i += 2) {
      form.add(fields[i], fields[i + 1]);
    }
    return call(new Request.Builder().url(base + path).post(form.build()));
  }

  /** Opens the sign-in form and sends it; the session cookie is kept when it works. */
  Page signIn(String username, String password) {
    Page form = get("/customer");
    return post("/customer/sign-in", "username", username, "password", password, "csrf", form.csrf());
  }

  private Page call(Request.Builder r) {
    if (language != null) {
      r.header("Accept-Language", language);
    }
    try (Response response = http.newCall(r.build()).execute()) {
      byte[] bytes = response.body().bytes();
      return new Page(response.code(), new String(bytes, StandardCharsets.UTF_8), response.header("Location"),
          response.headers("Set-Cookie"), bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
