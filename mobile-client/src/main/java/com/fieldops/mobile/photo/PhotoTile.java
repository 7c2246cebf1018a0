package com.fieldops.mobile.photo;

import com.fieldops.replica.view.JobPhoto;
import java.util.UUID;
import javafx.scene.image.Image;

/**
 * One photo on the Job screen: its thumbnail (null while the bytes are not on the phone and the
 * server cannot be reached) and its upload state in words.
 */
public record PhotoTile(UUID attachmentId, String sha256, JobPhoto.Upload upload, String stateText, Image thumbnail) {}
