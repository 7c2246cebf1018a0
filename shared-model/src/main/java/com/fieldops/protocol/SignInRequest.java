package com.fieldops.protocol;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record SignInRequest(
    @NotBlank(message = "{protocol.signin.username.required}") @Size(max = 100) String username,
    @NotBlank(message = "{protocol.signin.password.required}") @Size(max = 200) String password,
    @Size(max = 128) String deviceId) {
  @Override
  public String toString() {
    return "SignInRequest[username=" + username + ", deviceId=" + deviceId + "]"; // never the password
  }
}
