package com.fieldops.replica;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * An OkHttp interceptor that breaks the network on purpose: a switch for "no signal", and random
 * faults: dropped requests, timeouts, 5xx, duplicated delivery, and responses lost after the
 * server applied the request.
 */
public final class FaultInjector implements Interceptor {
  public enum Fault { NONE, DROP, TIMEOUT, SERVER_ERROR, DUPLICATE, LOSE_RESPONSE }

  private final Random random;
  private volatile double faultRate;
  private volatile boolean offline;
  public final AtomicInteger injected = new AtomicInteger();

  public FaultInjector(long seed, double faultRate) {
    this.random = new Random(seed);
    this.faultRate = faultRate;
  }

  /** No more random faults (the network is good again). */
  public void calm() {
    this.faultRate = 0;
  }

  public void rate(double rate) {
    this.faultRate = rate;
  }

  public void offline(boolean off) {
    this.offline = off;
  }

  private synchronized Fault next() {
    if (random.nextDouble() >= faultRate) {
      return Fault.NONE;
    }
    Fault[] all = Fault.values();
    return all[1 + random.nextInt(all.length - 1)];
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (offline) {
      throw new IOException("no signal (test)");
    }
    Fault fault = next();
    if (fault != Fault.NONE) {
      injected.incrementAndGet();
    }
    switch (fault) {
      case DROP:
        throw new IOException("request dropped (test)");
      case TIMEOUT:
        throw new SocketTimeoutException("timeout (test)");
      case SERVER_ERROR:
        return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(503).message("test")
            .body(ResponseBody.create("{\"code\":\"UNAVAILABLE\",\"message\":\"test\"}", MediaType.get("application/json")))
            .build();
      case DUPLICATE:
        chain.proceed(chain.request()).close();
        return chain.proceed(chain.request());
      case LOSE_RESPONSE:
        Response r = chain.proceed(chain.request());
        r.body().string(); // the server did the work...
        r.close();
        throw new IOException("response lost (test)"); // ...but the client never hears of it
      default:
        return chain.proceed(chain.request());
    }
  }
}
