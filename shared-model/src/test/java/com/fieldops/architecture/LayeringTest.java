package com.fieldops.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.fieldops", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
  @ArchTest
  static final ArchRule sharedModelHasNoUi = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("javafx..", "com.gluonhq..")
      .because("the shared model runs on the server too: no UI toolkit");

  @ArchTest
  static final ArchRule sharedModelHasNoServerCode = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("com.fieldops.server..", "io.javalin..")
      .because("arrows point one way: the server depends on the shared model, never back");

  @ArchTest
  static final ArchRule sharedRulesHaveNoClientStorageOrNetwork = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("com.fieldops.replica..", "com.fieldops.client..", "com.fieldops.demo..", "okhttp3..",
          "org.sqlite..", "org.flywaydb..", "java.sql..")
      .because("the rules both sides share run on the server too: no device replica, HTTP client, SQLite,"
          + " migrations or demo generator (those live in client-core and demo-data, see decision 0014)");

  @ArchTest
  static final ArchRule sharedModelHasNoLoggingBackend = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("ch.qos.logback..")
      .because("the application chooses the logging backend; the model logs through SLF4J only");

  @ArchTest
  static final ArchRule nothingWritesToStandardStreams = noClasses().should()
      .accessField(System.class, "out").orShould().accessField(System.class, "err")
      .because("log through SLF4J so operators can grep");
}
