package com.fieldops.desktop.workorder.photo;

import javafx.scene.image.Image;

/**
 * One photo of the job in the console: its thumbnail, or null when the bytes are not on the server yet
 * (taken offline, the phone has not had signal since), with a caption saying so.
 */
public record PhotoThumb(String sha256, String caption, Image thumbnail) {}
