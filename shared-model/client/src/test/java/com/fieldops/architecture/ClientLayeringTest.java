package com.fieldops.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;

/** What the client core (replica, sync engine, screen logic both apps share) may not use. */
@AnalyzeClasses(packages = "com.fieldops", importOptions = ImportOption.DoNotIncludeTests.class)
class ClientLayeringTest {
  /** A package of this module: the replica, a feature's replica part, the client layer (the rules have their own test). */
  private static final DescribedPredicate<Slice> CLIENT_CORE = new DescribedPredicate<>("client-core packages") {
    @Override
    public boolean test(Slice slice) {
      return slice.stream().anyMatch(c -> c.getPackageName().matches("com\\.fieldops\\.(replica|client|\\w+\\.replica)(\\..*)?"));
    }
  };

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
  static final ArchRule replicaInfrastructureKnowsNoFeature = noClasses()
      .that().resideInAnyPackage("com.fieldops.replica.store..", "com.fieldops.replica.sync..")
      .should().dependOnClassesThat(resideInAPackage("..replica..")
          .and(not(resideInAnyPackage("com.fieldops.replica", "com.fieldops.replica.."))))
      .because("the store and the sync engine serve every feature; a feature's queries and commands live in "
          + "com.fieldops.<feature>.replica and are wired by the facade");

  @ArchTest
  static final ArchRule replicaInfrastructureDoesNotReachUpToTheFacade = noClasses()
      .that().resideInAnyPackage("com.fieldops.replica.store..", "com.fieldops.replica.sync..")
      .should().dependOnClassesThat().resideInAPackage("com.fieldops.replica")
      .because("the facade (Replica, LocalReplica) sits on top of the store, the sync engine and the features");

  @ArchTest
  static final ArchRule featureReplicasDoNotReachUpToTheFacade = noClasses()
      .that().resideInAPackage("com.fieldops.*.replica..")
      .should().dependOnClassesThat().resideInAPackage("com.fieldops.replica")
      .because("the facade imports the feature parts, never the other way round");

  @ArchTest
  static final ArchRule noPackageCyclesInTheClientCore = slices().matching("com.fieldops.(**)")
      .that(CLIENT_CORE).should().beFreeOfCycles()
      .because("the facade sits on the features, the features on the store and the sync engine: never round");


  @ArchTest
  static final ArchRule noLoggingBackend = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("ch.qos.logback..")
      .because("the application chooses the logging backend; the core logs through SLF4J only");

  @ArchTest
  static final ArchRule nothingWritesToStandardStreams = noClasses().should()
      .accessField(System.class, "out").orShould().accessField(System.class, "err")
      .because("log through SLF4J so operators can grep");
}
