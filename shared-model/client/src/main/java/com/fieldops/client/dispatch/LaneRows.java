package com.fieldops.client.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Sub-rows for the blocks of one technician's lane, so that no two blocks drawn in the lane cover
 * each other: overlapping jobs (a clash the dispatcher must see) stack one under the other. Works on
 * the drawn extents (x from and to, after any minimum width) rather than the instants, so two jobs
 * that only touch in time but are drawn with a minimum width don't hide each other either.
 */
public final class LaneRows {
  private final int[] rowOf;
  private final int rows;

  private LaneRows(int[] rowOf, int rows) {
    this.rowOf = rowOf;
    this.rows = rows;
  }

  /** Greedy by start: each block goes into the first sub-row whose last block ends at or before its start. */
  public static LaneRows of(List<double[]> extents) {
    int[] rowOf = new int[extents.size()];
    List<Double> rowEnds = new ArrayList<>();
    List<Integer> order = IntStream.range(0, extents.size()).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> extents.get(i)[0])
            .thenComparingDouble(i -> extents.get(i)[1]))
        .toList();
    for (int i : order) {
      double[] e = extents.get(i);
      int row = 0;
      while (row < rowEnds.size() && rowEnds.get(row) > e[0]) {
        row++;
      }
      if (row == rowEnds.size()) {
        rowEnds.add(e[1]);
      } else {
        rowEnds.set(row, e[1]);
      }
      rowOf[i] = row;
    }
    return new LaneRows(rowOf, Math.max(1, rowEnds.size()));
  }

  /** The sub-row (0 = top) of the block at {@code index} in the list given. */
  public int rowOf(int index) {
    return rowOf[index];
  }

  /** How many sub-rows the lane needs (at least one). */
  public int rows() {
    return rows;
  }
}
