package com.fieldops.replica.sync;

import java.nio.file.Path;

/** How fetching a file from the server (an export) ended. Messages are for the person, in their language. */
public sealed interface ServerDownload {
  /** The file is complete at {@code file}. */
  record Saved(Path file, long bytes) implements ServerDownload {}

  /** The server refused (bad dates, not allowed): {@code field} names the parameter when it is one. */
  record Refused(int status, String code, String field, String message) implements ServerDownload {}

  /** Not signed in, no server, or the server cannot be reached now; nothing was written. */
  record Unreachable(String message) implements ServerDownload {}
}
