package com.fieldops.server.testing;

import com.fieldops.server.storage.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Generated steps run as transactions on a real database: a step joins the previous step's
 * transaction or opens one, and each transaction commits or rolls back as its first step says. The
 * model of the records is kept alongside: a rolled-back transaction leaves it as it was. For
 * properties that compare a table the database keeps (a running balance, a latest row) with it.
 */
public final class InterleavedTransactions {
  private InterleavedTransactions() {}

  /** One generated step: whether its transaction commits, and whether it joins the previous one. */
  public interface Step {
    boolean commit();

    boolean sameTransaction();
  }

  /** Writes one step inside its transaction and records it in the working model. */
  @FunctionalInterface
  public interface Apply<S, R> {
    void apply(Connection c, S step, Map<UUID, R> working) throws SQLException;
  }

  /** Runs the steps; the model of what the committed transactions left, by record id. */
  public static <S extends Step, R> Map<UUID, R> run(Database db, List<S> steps, Apply<S, R> apply) {
    List<List<S>> transactions = new ArrayList<>();
    for (S s : steps) {
      if (s.sameTransaction() && !transactions.isEmpty()) {
        transactions.get(transactions.size() - 1).add(s);
      } else {
        transactions.add(new ArrayList<>(List.of(s)));
      }
    }
    Map<UUID, R> committed = new LinkedHashMap<>();
    for (List<S> tx : transactions) {
      Map<UUID, R> working = new LinkedHashMap<>(committed);
      boolean commit = tx.get(0).commit();
      try {
        db.write(c -> {
          for (S s : tx) {
            apply.apply(c, s, working);
          }
          if (!commit) {
            throw new RolledBack();
          }
          return null;
        });
        committed.clear();
        committed.putAll(working);
      } catch (RolledBack expected) {
        // the records and what the database derives from them both stay as they were
      }
    }
    return committed;
  }

  private static final class RolledBack extends RuntimeException {
    RolledBack() {
      super(null, null, false, false);
    }
  }
}
