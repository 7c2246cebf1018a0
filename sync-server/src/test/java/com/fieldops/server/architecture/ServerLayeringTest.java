package com.fieldops.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The server is one tree: {@code app} builds it from feature packages (auth, sync, sla, notify,
 * audit, demo) over {@code storage}, {@code health}, {@code config} and {@code error}; {@code http}
 * holds what every controller needs (reading requests, the one error mapper) and knows no feature.
 */
@AnalyzeClasses(packages = "com.fieldops.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerLayeringTest {
  private static final String[] SERVICES = {"com.fieldops.server.auth..", "com.fieldops.server.sync..",
      "com.fieldops.server.sla..", "com.fieldops.server.notify..", "com.fieldops.server.audit..",
      "com.fieldops.server.storage..", "com.fieldops.server.health..", "com.fieldops.server.demo..",
      "com.fieldops.server.config..", "com.fieldops.server.error.."};
  private static final String[] FEATURES = {"com.fieldops.server.auth..", "com.fieldops.server.sync..",
      "com.fieldops.server.sla..", "com.fieldops.server.notify..", "com.fieldops.server.audit..",
      "com.fieldops.server.demo..", "com.fieldops.server.http..", "com.fieldops.server.app..",
      "com.fieldops.server.cli.."};

  @ArchTest
  static final ArchRule servicesKnowNothingOfHttp = noClasses().that().resideInAnyPackage(SERVICES)
      .and().haveNameNotMatching(".*Controller(\\$.*)?")
      .should().dependOnClassesThat().resideInAPackage("com.fieldops.server.http..")
      .because("services raise DomainException and leave statuses to the HTTP edge; only the *Controller"
          + " classes beside them do HTTP in and out");

  @ArchTest
  static final ArchRule httpKnowsNoFeature = noClasses().that().resideInAPackage("com.fieldops.server.http..")
      .should().dependOnClassesThat().resideInAnyPackage("com.fieldops.server.auth..", "com.fieldops.server.sync..",
          "com.fieldops.server.sla..", "com.fieldops.server.notify..", "com.fieldops.server.audit..",
          "com.fieldops.server.demo..", "com.fieldops.server.app..", "com.fieldops.server.cli..")
      .because("every feature's controller uses the HTTP layer; the layer using a feature back would be a cycle");

  @ArchTest
  static final ArchRule storageKnowsNoFeature = noClasses().that().resideInAPackage("com.fieldops.server.storage..")
      .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
      .because("storage is the bottom layer every feature builds on (new wings add features, not storage cycles)");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("com.fieldops.server.(*)..").should().beFreeOfCycles()
      .because("a cycle between packages makes every package of it one unit: none can be moved or split alone");

  @ArchTest
  static final ArchRule onlyTheCliStartsTheServer = noClasses().that()
      .resideOutsideOfPackages("com.fieldops.server.app..", "com.fieldops.server.cli..")
      .should().dependOnClassesThat().resideInAPackage("com.fieldops.server.app..")
      .because("app builds the whole server out of the other packages; only the CLI (and tests) start it");

  @ArchTest
  static final ArchRule settingsComeThroughTheSettingsObject = noClasses().that()
      .resideOutsideOfPackages("com.fieldops.server.config..", "com.fieldops.server.cli..")
      .should().callMethod(System.class, "getProperty", String.class)
      .orShould().callMethod(System.class, "getProperty", String.class, String.class)
      .orShould().callMethod(Long.class, "getLong", String.class)
      .orShould().callMethod(Long.class, "getLong", String.class, long.class)
      .orShould().callMethod(Long.class, "getLong", String.class, Long.class)
      .orShould().callMethod(Integer.class, "getInteger", String.class)
      .orShould().callMethod(Integer.class, "getInteger", String.class, int.class)
      .orShould().callMethod(Integer.class, "getInteger", String.class, Integer.class)
      .orShould().callMethod(Boolean.class, "getBoolean", String.class)
      .orShould().callMethod(System.class, "getProperties")
      .orShould().callMethod(System.class, "getenv")
      .orShould().callMethod(System.class, "getenv", String.class)
      .because("settings reach modules through ServerSettings (loaded from the config file and FIELDOPS_*"
          + " variables, documented in one table), never through system properties read deep inside");
}
