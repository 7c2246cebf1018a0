package com.fieldops.equipment.model;

/**
 * Which machines a maintenance plan covers: the one it names, or every machine of that machine's
 * manufacturer and model in its region (the machine named is then only the reference).
 */
public enum PlanScope {
  MACHINE,
  MODEL
}
