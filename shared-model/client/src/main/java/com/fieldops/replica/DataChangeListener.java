package com.fieldops.replica;

/** Told which local data changed; re-run the queries it shows. Called on a replica thread. */
@FunctionalInterface
public interface DataChangeListener {
  void dataChanged(DataChange change);
}
