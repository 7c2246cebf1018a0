package com.fieldops.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

  @ArchTest
  static final ArchRule recordsKnowNoMutations = noClasses().that().resideInAPackage("..model..")
      .should().dependOnClassesThat().resideInAnyPackage("..mutation..", "..registry..", "..replica..", "..client..")
      .because("a feature's records and their validation stand alone: mutations write records, records never"
          + " know who writes them (docs/architecture.md)");

  @ArchTest
  static final ArchRule mutationsKnowNoDevice = noClasses().that().resideInAPackage("..mutation..")
      .should().dependOnClassesThat().resideInAnyPackage("..replica..", "..client..")
      .because("a mutation's pure function runs on the server and in the replica alike");

  @ArchTest
  static final ArchRule featuresDoNotImportTheRegistry = noClasses()
      .that().resideOutsideOfPackage("com.fieldops.protocol.registry..")
      .should().dependOnClassesThat().resideInAPackage("com.fieldops.protocol.registry..")
      .because("the registry imports every feature's mutations; a feature importing it back would make a cycle"
          + " (a feature names its own types; the registry is the one list)");

  @ArchTest
  static final ArchRule noCyclesBetweenFeatures = slices().matching("com.fieldops.(*)..")
      .should().beFreeOfCycles()
      .ignoreDependency(resideInAPackage("com.fieldops.protocol.."), alwaysTrue())
      .ignoreDependency(resideInAPackage("..mutation.."), resideInAPackage("..model.."))
      .because("features build on common and on each other one way (work orders on customer and identity"
          + " records, equipment and sla on work orders), never in a circle. Two kinds of edge are left to"
          + " the package-level rule below: the protocol is the frame every feature plugs into (its registry"
          + " lists all features, its Actor carries a Role), and a mutation may check any feature's records"
          + " (assigning a job reads the technician and the machine; a maintenance plan names a work-order"
          + " type, so equipment records sit above work-order records)");

  @ArchTest
  static final ArchRule noCyclesBetweenPackages = slices().matching("com.fieldops.(**)")
      .should().beFreeOfCycles()
      .because("each package (a feature's model, mutation, workflow; the mutation framework; the registry)"
          + " can be read, tested and changed from the bottom up");
}
