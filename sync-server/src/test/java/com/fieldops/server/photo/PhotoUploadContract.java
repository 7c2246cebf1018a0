package com.fieldops.server.photo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.workorder.mutation.AddAttachment;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.testing.TestServer;
import com.fieldops.server.testing.World;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.AttachmentKind;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Photo bytes through the real server on loopback, once per engine: stored once per content, resumed
 * after a cut connection, refused when too large or not a picture, served only to who sees the job.
 */
abstract class PhotoUploadContract {
  TestServer server;
  World w;
  PhotoUploads tess;
  final UUID job = Ids.newId();

  abstract Dialect dialect();

  @BeforeEach
  void start() {
    server = TestServer.start(dialect());
    w = server.world;
    tess = uploads("tech1");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  PhotoUploads uploads(String user) {
    return new PhotoUploads(server.base, server.as(user).token());
  }

  long storedPhotos() {
    return server.db.read(c -> new PhotoStore().count(c));
  }

  /** Tess's job in the north region, with an Attachment naming {@code bytes}. */
  void attachToTessJob(byte[] bytes) {
    Instant now = Instant.now();
    WorkOrder wo = new WorkOrder(job, "WO-2026-000101", w.customer, w.northSite, null, null, WorkOrderType.REPAIR,
        Priority.P2, WorkOrderStatus.ON_SITE, null, w.tech1, null, "north", null, null, "leaking valve", null,
        now.minusSeconds(3600), server.adminId);
    Attachment a = new Attachment(Ids.newId(), job, AttachmentKind.PHOTO, "valve.jpg", "image/jpeg", bytes.length,
        PhotoController.sha256Of(bytes), "the valve", now, w.tech1, now);
    new EntityImporter(server.db, Clock.systemUTC(), last -> { }).importAll(List.of(wo, a));
  }

  @Test
  void theSameBytesTwiceAreStoredOnceAndAnsweredTheSame() {
    byte[] photo = PhotoUploads.jpeg(640, 480, 1);
    String sha = PhotoController.sha256Of(photo);

    PhotoUploads.Reply first = tess.put(sha, photo.length, 0, photo);
    PhotoUploads.Reply again = tess.put(sha, photo.length, 0, photo);
    PhotoUploads.Reply fromAnotherPhone = uploads("tech2").put(sha, photo.length, 0, photo);

    assertThat(first.status()).as(first.text()).isEqualTo(200);
    assertThat(first.text()).contains("\"complete\":true").contains("\"received\":" + photo.length);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.text()).isEqualTo(first.text());
    assertThat(fromAnotherPhone.text()).isEqualTo(first.text());
    assertThat(storedPhotos()).isEqualTo(1);
  }

  @Test
  void anUploadCutHalfwayResumesWhereTheServerIsAndTheJobShowsTheWholePhoto() {
    byte[] photo = PhotoUploads.jpeg(1600, 1200, 2);
    String sha = PhotoController.sha256Of(photo);
    int chunk = photo.length / 3 + 1;

    assertThat(tess.put(sha, photo.length, 0, Arrays.copyOfRange(photo, 0, chunk)).status()).isEqualTo(200);
    tess.cutHalfway(sha, photo.length, chunk, Arrays.copyOfRange(photo, chunk, 2 * chunk));

    // the phone comes back: the server has the first chunk, not the half of the second
    assertThat(tess.received(sha)).isEqualTo(chunk);
    assertThat(storedPhotos()).isZero();
    PhotoUploads.Reply wrongPlace = tess.put(sha, photo.length, 0, Arrays.copyOfRange(photo, 0, chunk));
    assertThat(wrongPlace.status()).isEqualTo(409);
    assertThat(wrongPlace.text()).contains("UPLOAD_OFFSET").contains("\"field\":\"offset\"")
        .contains(String.valueOf(chunk));
    PhotoUploads.Reply done = tess.upload(photo, chunk);

    assertThat(done.status()).as(done.text()).isEqualTo(200);
    assertThat(done.text()).contains("\"complete\":true");
    attachToTessJob(photo);
    PhotoUploads.Reply served = tess.photo(job, sha);
    assertThat(served.status()).isEqualTo(200);
    assertThat(served.contentType()).isEqualTo("image/jpeg");
    assertThat(served.body()).isEqualTo(photo);
    assertThat(storedPhotos()).isEqualTo(1);
  }

  @Test
  void aPhotoLargerThanTheLimitIsRefusedWith413BeforeAnyByteIsKept() {
    byte[] head = PhotoUploads.jpegLike(1024, 3);
    long tooLarge = Attachment.MAX_BYTES + 1;

    PhotoUploads.Reply r = tess.put(PhotoController.sha256Of(head), tooLarge, 0, head);

    assertThat(r.status()).isEqualTo(413);
    assertThat(r.text()).contains("\"code\":\"PHOTO_TOO_LARGE\"").contains("\"field\":\"size\"")
        .contains("at most 25 MB");
    assertThat(tess.received(PhotoController.sha256Of(head))).isZero();
    assertThat(storedPhotos()).isZero();
  }

  @Test
  void bytesThatAreNotAPictureAreRefusedWithAMessage() {
    byte[] text = "%PDF-1.7 this is a contract, not a photo".getBytes(StandardCharsets.UTF_8);
    String sha = PhotoController.sha256Of(text);

    PhotoUploads.Reply r = tess.put(sha, text.length, 0, text);

    assertThat(r.status()).isEqualTo(415);
    assertThat(r.text()).contains("\"code\":\"NOT_AN_IMAGE\"").contains("\"field\":\"file\"")
        .contains("only JPEG and PNG");
    assertThat(tess.received(sha)).isZero();
    assertThat(storedPhotos()).isZero();
  }

  @Test
  void bytesThatDoNotMatchTheirHashAreNotKept() {
    byte[] photo = PhotoUploads.jpeg(320, 240, 4);
    byte[] damaged = photo.clone();
    damaged[damaged.length / 2] ^= 0x55;

    PhotoUploads.Reply r = tess.put(PhotoController.sha256Of(photo), photo.length, 0, damaged);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.text()).contains("HASH_MISMATCH").contains("\"field\":\"sha256\"");
    assertThat(storedPhotos()).isZero();
    assertThat(tess.upload(photo, photo.length).status()).as("the good bytes still go in").isEqualTo(200);
  }

  @Test
  void badParametersAnswer400NamingThem() {
    byte[] photo = PhotoUploads.jpeg(64, 64, 5);
    assertThat(tess.put("not-a-hash", photo.length, 0, photo).text()).contains("\"field\":\"sha256\"");
    PhotoUploads.Reply noSize = tess.put(PhotoController.sha256Of(photo), -1, 0, photo);
    assertThat(noSize.status()).isEqualTo(400);
    assertThat(noSize.text()).contains("\"field\":\"size\"");
    assertThat(storedPhotos()).isZero();
  }

  @Test
  void aPhotoAttachedByTheAddAttachmentMutationIsServedOnceItsBytesArrive() {
    byte[] photo = PhotoUploads.jpeg(800, 600, 8);
    String sha = PhotoController.sha256Of(photo);
    Instant now = Instant.now();
    new EntityImporter(server.db, Clock.systemUTC(), last -> { }).importAll(List.of(new WorkOrder(job, "WO-2026-000102",
        w.customer, w.northSite, null, null, WorkOrderType.REPAIR, Priority.P2, WorkOrderStatus.ON_SITE, null, w.tech1,
        null, "north", null, null, "leaking valve", null, now.minusSeconds(3600), server.adminId)));
    com.fieldops.server.testing.ApiClient tessApi = server.as("tech1");

    MutationResult attached = tessApi.push("AddAttachment", job, new AddAttachment(Ids.newId(), AttachmentKind.PHOTO,
        "valve.jpg", "image/jpeg", photo.length, sha, "the valve", now));

    assertThat(attached.status()).as(attached.reason()).isEqualTo(MutationStatus.APPLIED);
    assertThat(tess.photo(job, sha).status()).as("the bytes have not arrived yet").isEqualTo(404);
    assertThat(tess.upload(photo, photo.length).status()).isEqualTo(200);
    assertThat(uploads("disp-north").photo(job, sha).body()).isEqualTo(photo);
    MutationResult notAPicture = tessApi.push("AddAttachment", job, new AddAttachment(Ids.newId(),
        AttachmentKind.PHOTO, "contract.pdf", "application/pdf", 100, sha, null, now));
    assertThat(notAPicture.status()).isEqualTo(MutationStatus.REJECTED);
    assertThat(notAPicture.field()).isEqualTo("contentType");
    MutationResult otherRegion = server.as("tech3").push("AddAttachment", job, new AddAttachment(Ids.newId(),
        AttachmentKind.PHOTO, "x.jpg", "image/jpeg", photo.length, sha, null, now));
    assertThat(otherRegion.status()).as("a job outside the technician's scope").isEqualTo(MutationStatus.REJECTED);
  }

  @Test
  void aJobsPhotoIsServedToWhoSeesTheJobAndToNobodyElse() {
    byte[] photo = PhotoUploads.jpeg(400, 300, 6);
    String sha = PhotoController.sha256Of(photo);
    assertThat(tess.upload(photo, photo.length).status()).isEqualTo(200);
    attachToTessJob(photo);

    assertThat(tess.photo(job, sha).body()).isEqualTo(photo);
    assertThat(uploads("disp-north").photo(job, sha).status()).isEqualTo(200);
    assertThat(uploads("disp-south").photo(job, sha).status()).as("another region's office").isEqualTo(404);
    assertThat(uploads("tech3").photo(job, sha).status()).as("a technician of another region").isEqualTo(404);
    byte[] other = PhotoUploads.jpeg(400, 300, 7);
    assertThat(tess.upload(other, other.length).status()).isEqualTo(200);
    assertThat(tess.photo(job, PhotoController.sha256Of(other)).status()).as("a photo not on this job")
        .isEqualTo(404);
    assertThat(tess.photo(Ids.newId(), sha).status()).isEqualTo(404);
  }
}
