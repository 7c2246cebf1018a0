package com.fieldops.protocol.mutation;

/** Stable rejection codes (clients may branch on them; people read the message). */
public final class Codes {
  public static final String INVALID = "INVALID";
  public static final String NOT_FOUND = "NOT_FOUND";
  public static final String FORBIDDEN = "FORBIDDEN";
  public static final String NOT_YOUR_JOB = "NOT_YOUR_JOB";
  public static final String ALREADY_EXISTS = "ALREADY_EXISTS";
  public static final String MISMATCH = "MISMATCH";
  public static final String TRANSITION_NOT_ALLOWED = "TRANSITION_NOT_ALLOWED";
  public static final String TECHNICIAN_INACTIVE = "TECHNICIAN_INACTIVE";
  /** The technician works in another region than the work order. */
  public static final String TECHNICIAN_OTHER_REGION = "TECHNICIAN_OTHER_REGION";
  /** The mutation id was already used by another user: ids belong to their author. */
  public static final String MUTATION_ID_CONFLICT = "MUTATION_ID_CONFLICT";
  public static final String UNCHANGED = "UNCHANGED";
  public static final String NOT_EDITABLE = "NOT_EDITABLE";
  public static final String EDIT_CONFLICT = "EDIT_CONFLICT";
  /** Applied, but some field edits lost to an earlier edit (status stays APPLIED). */
  public static final String EDIT_PARTLY_LOST = "EDIT_PARTLY_LOST";
  public static final String UNKNOWN_TYPE = "UNKNOWN_MUTATION_TYPE";

  private Codes() {}
}
