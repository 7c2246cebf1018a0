package com.fieldops.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What the client core (replica, sync engine, screen logic both apps share) may not use. */
@AnalyzeClasses(packages = "com.fieldops", importOptions = ImportOption.DoNotIncludeTests.class)
class ClientLayeringTest {
  @ArchTest
  static final ArchRule noUiToolkit = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("javafx..", "com.gluonhq..")
      .because("the console and the phone share this code; each brings its own views");

  @ArchTest
  static final ArchRule noServer = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("com.fieldops.server..", "io.javalin..")
      .because("clients talk to the server over HTTP only");

  @ArchTest
  static final ArchRule noDemoGenerator = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("com.fieldops.demo..")
      .because("the demo data generator ships in the server jar, never in an app");

  @ArchTest
  static final ArchRule sharedRulesDoNotReachIntoTheClient = noClasses()
      .that().resideInAnyPackage("..model..", "..mutation..", "..workflow..", "com.fieldops.common..",
          "com.fieldops.sla", "com.fieldops.sla.preview..", "com.fieldops.protocol..")
      .should().dependOnClassesThat().resideInAnyPackage("com.fieldops.replica..")
      .because("the rules both sides share know nothing of a device's replica");

  @ArchTest
  static final ArchRule noLoggingBackend = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("ch.qos.logback..")
      .because("the application chooses the logging backend; the core logs through SLF4J only");

  @ArchTest
  static final ArchRule nothingWritesToStandardStreams = noClasses().should()
      .accessField(System.class, "out").orShould().accessField(System.class, "err")
      .because("log through SLF4J so operators can grep");
}
