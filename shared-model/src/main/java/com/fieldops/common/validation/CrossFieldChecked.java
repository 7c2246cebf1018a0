package com.fieldops.common.validation;

import java.util.List;

/**
 * A record whose rules span several fields. The rules live in the record itself (one place for
 * the server and both clients); {@link CrossFieldRules} turns them into Bean Validation violations.
 */
public interface CrossFieldChecked {
  /** The rules this value breaks; empty when it is fine. Must tolerate null fields. */
  List<RuleBreach> ruleBreaches();
}
