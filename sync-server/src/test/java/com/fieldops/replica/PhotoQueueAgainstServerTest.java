package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.view.JobPhoto;
import com.fieldops.server.photo.PhotoStore;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.replica.NewWorkOrder;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/**
 * The phone's photo queue against the real server on SQLite: a photo taken with no signal is attached
 * at once and its bytes follow when the signal returns; an upload cut halfway goes on from what the
 * server has; a photo the server refuses does not hold up the others; nothing waiting is lost across a
 * restart of the app.
 */
class PhotoQueueAgainstServerTest extends OnRealServer {
  /** Longer than the usual wait: uploads of several photos over the loopback. */
  static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void aPhotoTakenWithoutSignalIsAttachedAtOnceAndItsBytesFollowWhenSignalReturns() throws Exception {
    Replica dispatcher = signedIn("disp-north", null);
    FaultInjector network = new FaultInjector(1, 0);
    Replica phone = signedIn("tech1", network);
    UUID job = jobForTech1(dispatcher, phone);
    network.offline(true);
    byte[] photo = jpegLike(700_000, 1);

    CommandOutcome outcome = phone.photos().attach(job, photo, "pump.jpg", Instant.now());

    assertThat(outcome).isInstanceOf(CommandOutcome.Recorded.class);
    // a sync cycle already under way may be trying it right now (no signal: it stays on the phone)
    assertThat(phone.photos().photos(job)).extracting(JobPhoto::upload)
        .containsAnyOf(JobPhoto.Upload.WAITING, JobPhoto.Upload.UPLOADING).hasSize(1);
    String sha = phone.photos().photos(job).get(0).sha256();
    network.offline(false);
    phone.syncNow();
    Await.until("the photo is sent", WAIT, () -> phone.photos().photos(job).stream()
        .allMatch(p -> p.upload() == JobPhoto.Upload.SENT), () -> phone.photos().photos(job).toString());
    assertThat(storedOnServer(sha)).hasValue(photo);
    Await.until("the console sees the photo", WAIT, () -> !dispatcher.photos().photos(job).isEmpty());
    assertThat(dispatcher.photos().bytes(job, sha)).hasValue(photo);
  }

  @Test
  void anUploadCutHalfwayGoesOnFromWhatTheServerHas() throws Exception {
    CutOnce cut = new CutOnce();
    FaultInjector network = new FaultInjector(1, 0);
    Replica dispatcher = signedIn("disp-north", null);
    Replica cutPhone = signedIn("tech1", network, cut);
    UUID job = jobForTech1(dispatcher, cutPhone);
    network.offline(true);
    byte[] photo = jpegLike(1_500_000, 2);
    assertThat(cutPhone.photos().attach(job, photo, "meter.jpg", Instant.now()))
        .isInstanceOf(CommandOutcome.Recorded.class);
    String sha = cutPhone.photos().photos(job).get(0).sha256();
    cut.armed.set(true);
    network.offline(false);
    cutPhone.syncNow();
    Await.until("the photo arrives after the cut", WAIT, () -> storedOnServer(sha).isPresent());

    assertThat(storedOnServer(sha)).hasValue(photo);
    // the phone's count of what it sent is complete once it has the server's answer to the last chunk
    Await.until("the phone says sent", WAIT, () -> cutPhone.photos().photos(job).get(0).upload() == JobPhoto.Upload.SENT);
    assertThat(cut.cuts.get()).isEqualTo(1);
    // resumed, not started again: the server received each byte once
    assertThat(cut.bytesDelivered.get()).isEqualTo(photo.length);
  }

  @Test
  void aPhotoTheServerRefusesDoesNotHoldUpTheOthers() throws Exception {
    Replica dispatcher = signedIn("disp-north", null);
    FaultInjector network = new FaultInjector(1, 0);
    Refuse refuse = new Refuse();
    Replica phone = signedIn("tech1", network, refuse);
    UUID job = jobForTech1(dispatcher, phone);
    network.offline(true);
    byte[] bad = jpegLike(300_000, 3);
    byte[] good = jpegLike(300_000, 4);
    phone.photos().attach(job, bad, "bad.jpg", Instant.now());
    phone.photos().attach(job, good, "good.jpg", Instant.now());
    List<JobPhoto> taken = phone.photos().photos(job);
    refuse.sha = taken.stream().filter(p -> p.attachment().fileName().equals("bad.jpg")).findFirst().orElseThrow().sha256();
    String goodSha = taken.stream().filter(p -> p.attachment().fileName().equals("good.jpg")).findFirst().orElseThrow().sha256();
    network.offline(false);
    phone.syncNow();

    Await.until("the good photo arrives", WAIT, () -> storedOnServer(goodSha).isPresent());
    Await.until("the bad one is marked", WAIT, () -> phone.photos().photos(job).stream()
        .anyMatch(p -> p.upload() == JobPhoto.Upload.REFUSED));
    JobPhoto refused = phone.photos().photos(job).stream().filter(p -> p.upload() == JobPhoto.Upload.REFUSED)
        .findFirst().orElseThrow();
    assertThat(refused.sha256()).isEqualTo(refuse.sha);
    assertThat(refused.reason()).isEqualTo("This photo is too large (test).");
    // the refused photo no longer counts as waiting, and nothing else is left behind it
    Await.until("nothing waits on the phone", WAIT, () -> phone.syncStatus().pendingCount() == 0,
        () -> phone.syncStatus().toString());
  }

  @Test
  void photosWaitingWhenTheAppStopsAreSentAfterItStartsAgain() throws Exception {
    Replica dispatcher = signedIn("disp-north", null);
    FaultInjector network = new FaultInjector(1, 0);
    Replica phone = signedIn("tech1", network);
    UUID job = jobForTech1(dispatcher, phone);
    network.offline(true);
    List<byte[]> photos = List.of(jpegLike(400_000, 5), jpegLike(400_000, 6), jpegLike(400_000, 7));
    for (byte[] p : photos) {
      assertThat(phone.photos().attach(job, p, "p.jpg", Instant.now())).isInstanceOf(CommandOutcome.Recorded.class);
    }
    List<String> shas = phone.photos().photos(job).stream().map(JobPhoto::sha256).toList();
    phone.close();
    open.remove(phone);

    Replica again = server.replica(dir.resolve("tech1.db"), null);
    open.add(again);
    assertThat(again.photos().photos(job)).extracting(JobPhoto::upload).containsOnly(JobPhoto.Upload.WAITING);
    again.start();
    Await.until("every photo arrives", WAIT, () -> shas.stream().allMatch(s -> storedOnServer(s).isPresent()));
    for (int i = 0; i < photos.size(); i++) {
      String sha = shas.get(i);
      assertThat(photos.stream().anyMatch(p -> java.util.Arrays.equals(p, storedOnServer(sha).orElseThrow()))).isTrue();
    }
    Await.until("the console sees three photos", WAIT, () -> dispatcher.photos().photos(job).size() == 3);
  }

  @Test
  void photosSentInOneCycleAreMarkedTogetherAndNeverBeforeTheServerHasThem() throws Exception {
    Replica dispatcher = signedIn("disp-north", null);
    FaultInjector network = new FaultInjector(1, 0);
    Replica phone = signedIn("tech1", network);
    UUID job = jobForTech1(dispatcher, phone);
    network.offline(true);
    int count = 10;
    for (int i = 0; i < count; i++) {
      assertThat(phone.photos().attach(job, jpegLike(200_000, 100 + i), "p" + i + ".jpg", Instant.now()))
          .isInstanceOf(CommandOutcome.Recorded.class);
    }
    // what the job's photo list is told, and what it would show each time
    List<Long> sentSeen = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<String> early = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (Subscription s = phone.onDataChanged(java.util.Set.of(com.fieldops.replica.store.EntityTypes.ATTACHMENT), change -> {
      List<JobPhoto> shown = phone.photos().photos(job);
      shown.stream().filter(p -> p.upload() == JobPhoto.Upload.SENT && storedOnServer(p.sha256()).isEmpty())
          .forEach(p -> early.add(p.sha256()));
      sentSeen.add(shown.stream().filter(p -> p.upload() == JobPhoto.Upload.SENT).count());
    })) {
      network.offline(false);
      phone.syncNow();
      Await.until("every photo is sent", WAIT, () -> phone.photos().photos(job).stream()
          .allMatch(p -> p.upload() == JobPhoto.Upload.SENT), () -> phone.photos().photos(job).toString());
      Await.until("the last notice reached the list", WAIT, () -> sentSeen.contains((long) count), sentSeen::toString);
    }
    assertThat(early).as("photos shown as sent that the server did not have yet").isEmpty();
    // before: two notices and one fsync'd mark per photo (20 for 10); now a few per cycle
    assertThat(sentSeen).as("the photo list was told, with the number of photos shown sent each time: " + sentSeen)
        .hasSizeLessThan(count);
  }

  // ---- helpers ----

  Replica signedIn(String user, FaultInjector faults, Interceptor... more) throws Exception {
    if (more.length == 0) {
      return signedIn(user, faults);
    }
    List<Interceptor> all = new ArrayList<>();
    if (faults != null) {
      all.add(faults);
    }
    all.addAll(List.of(more));
    Replica r = Replicas.open(ReplicaConfig.of(dir.resolve(user + ".db"), server.url()).withLocale(java.util.Locale.ENGLISH)
        .withTiming(Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(5))
        .withInterceptors(all));
    r.signIn(user, RealServer.PASSWORD.toCharArray()).get();
    return synced(user, r);
  }

  UUID jobForTech1(Replica dispatcher, Replica phone) throws Exception {
    CommandOutcome created = dispatcher.workOrders().createWorkOrder(new NewWorkOrder(server.world.customer,
        server.world.northSite, null, null, WorkOrderType.REPAIR, Priority.P2, "Pump leaks", null, null, null,
        server.world.tech1));
    UUID id = ((CommandOutcome.Recorded) created).entityId();
    Await.until("the job reaches the phone", WAIT, () -> {
      phone.syncNow();
      return phone.workOrders().workOrder(id).isPresent();
    });
    return id;
  }

  Optional<byte[]> storedOnServer(String sha) {
    return server.db.read(c -> new PhotoStore().photo(c, sha)).map(PhotoStore.StoredPhoto::bytes);
  }

  /** Random bytes that start like a JPEG (the server checks the magic number and the hash). */
  static byte[] jpegLike(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    b[0] = (byte) 0xFF;
    b[1] = (byte) 0xD8;
    b[2] = (byte) 0xFF;
    return b;
  }

  /** Lets the first photo chunk through, then loses the connection once, in the middle of the photo. */
  static final class CutOnce implements Interceptor {
    final AtomicBoolean armed = new AtomicBoolean();
    final AtomicLong bytesDelivered = new AtomicLong();
    final AtomicLong cuts = new AtomicLong();

    @Override
    public Response intercept(Chain chain) throws IOException {
      var request = chain.request();
      if (!request.method().equals("PUT")) {
        return chain.proceed(request);
      }
      String offset = request.url().queryParameter("offset");
      if (armed.get() && !"0".equals(offset) && armed.compareAndSet(true, false)) {
        cuts.incrementAndGet();
        throw new IOException("connection lost halfway (test)");
      }
      Response r = chain.proceed(request);
      if (r.isSuccessful()) {
        bytesDelivered.addAndGet(request.body().contentLength());
      }
      return r;
    }
  }

  /** The server refuses one photo's bytes as too large. */
  static final class Refuse implements Interceptor {
    volatile String sha;

    @Override
    public Response intercept(Chain chain) throws IOException {
      var request = chain.request();
      if (sha != null && request.method().equals("PUT") && request.url().encodedPath().endsWith(sha)) {
        return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(413).message("too large")
            .body(ResponseBody.create("{\"code\":\"PHOTO_TOO_LARGE\",\"message\":\"This photo is too large (test).\","
                + "\"field\":\"size\"}", MediaType.get("application/json"))).build();
      }
      return chain.proceed(request);
    }
  }
}
