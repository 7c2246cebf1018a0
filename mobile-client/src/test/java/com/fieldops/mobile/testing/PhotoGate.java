package com.fieldops.mobile.testing;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The phone's photo uploads as a test steers them: held on their way (the screen shows "Uploading"), or
 * one photo refused by the server as too large (the screen shows it refused, with the server's words).
 */
public final class PhotoGate implements Interceptor {
  private volatile CountDownLatch held;
  private volatile CountDownLatch arrived = new CountDownLatch(1);
  private volatile String refused;

  /** The next photo chunks wait until {@link #release()} (at most 60 s). */
  public void hold() {
    arrived = new CountDownLatch(1);
    held = new CountDownLatch(1);
  }

  /** Waits until a photo chunk is held. */
  public boolean awaitHeld(long seconds) throws InterruptedException {
    return arrived.await(seconds, TimeUnit.SECONDS);
  }

  public void release() {
    CountDownLatch h = held;
    held = null;
    if (h != null) {
      h.countDown();
    }
  }

  /** The server answers 413 to this photo's bytes. */
  public void refuse(String sha256) {
    refused = sha256;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    var request = chain.request();
    if (!request.method().equals("PUT") || !request.url().encodedPath().contains("/photos/")) {
      return chain.proceed(request);
    }
    String no = refused;
    if (no != null && request.url().encodedPath().endsWith(no)) {
      return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(413).message("too large")
          .body(ResponseBody.create("{\"code\":\"PHOTO_TOO_LARGE\",\"message\":\"" + refusal(request) + "\","
              + "\"field\":\"size\"}", MediaType.get("application/json"))).build();
    }
    CountDownLatch h = held;
    if (h != null) {
      arrived.countDown();
      try {
        h.await(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while held (test)", e);
      }
    }
    return chain.proceed(request);
  }

  /** The server's words in the phone's language (the server answers in the language the phone asks for). */
  private static String refusal(okhttp3.Request request) {
    String lang = request.header("Accept-Language");
    return lang != null && lang.startsWith("zh") ? "照片太大：服务器最多接受 25 MB。" : "The photo is too large: the server takes at most 25 MB.";
  }
}
