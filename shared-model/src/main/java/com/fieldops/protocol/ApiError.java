package com.fieldops.protocol;

/** The one error shape of every 4xx/5xx answer: {@code {code, message, field?}}. */
public record ApiError(String code, String message, String field) {
  public static ApiError of(String code, String message) {
    return new ApiError(code, message, null);
  }
}
