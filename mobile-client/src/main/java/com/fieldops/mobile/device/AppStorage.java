package com.fieldops.mobile.device;

import java.nio.file.Path;

/** Where the app keeps its private files (the replica, remembered settings). */
public interface AppStorage {
  Path privateDirectory();
}
