package com.fieldops.replica.sync;

/** A photo's bytes as the server serves them, with their media type. */
public record ServerPhoto(byte[] bytes, String contentType) {}
