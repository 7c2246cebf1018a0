package com.fieldops.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The console is JavaFX views over thin view models; the screen logic is the client layer's, the
 * data the replica's, and only view models call the replica.
 */
@AnalyzeClasses(packages = "com.fieldops.desktop", importOptions = ImportOption.DoNotIncludeTests.class)
class ConsoleLayeringTest {
  /** A view: a class named so (views, dialogs, list cells, screens, bars) or any JavaFX node or dialog. */
  static final DescribedPredicate<JavaClass> VIEWS = new DescribedPredicate<>("views") {
    @Override
    public boolean test(JavaClass c) {
      String name = c.getSimpleName();
      String top = c.getName().contains("$") ? c.getName().substring(c.getName().lastIndexOf('.') + 1) : name;
      return top.matches(".*(View|Dialog|Cell|Screen|Bar)(\\$.*)?") && !top.contains("ViewModel")
          || c.isAssignableTo("javafx.scene.Node") || c.isAssignableTo("javafx.scene.control.Dialog");
    }
  };

  /**
   * What a view must not call: the replica and its services (queries, commands, sync, store). The
   * rows and records the replica hands out (records and enums) are what views show, so they may use them.
   */
  static final DescribedPredicate<JavaClass> REPLICA_SERVICES = new DescribedPredicate<>("the replica's services") {
    @Override
    public boolean test(JavaClass c) {
      return c.getPackageName().matches("com\\.fieldops(\\.\\w+)?\\.replica(\\..*)?")
          && !c.isEnum() && !c.isRecord();
    }
  };

  @ArchTest
  static final ArchRule viewsDoNotCallTheReplica = noClasses().that(VIEWS)
      .should().dependOnClassesThat(REPLICA_SERVICES)
      .because("views bind to view models; only view models call the replica");

  @ArchTest
  static final ArchRule noDemoGeneratorNorServer = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("com.fieldops.demo..", "com.fieldops.server..", "io.javalin..")
      .because("the console talks to the server over HTTP only and does not ship the demo generator");
}
