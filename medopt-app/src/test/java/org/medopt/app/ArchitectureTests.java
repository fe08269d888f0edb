package org.medopt.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

@DisplayName("Architecture (DESIGN.md boundaries)")
class ArchitectureTests {

    private static final JavaClasses MEDOPT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.medopt");

    @Test
    @DisplayName("medopt-core knows nothing of Spring, servlets, SQL or the app")
    void coreIsPure() {
        noClasses().that().resideOutsideOfPackage("org.medopt.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..",
                        "javax.sql..", "org.medopt.app..")
                .check(MEDOPT);
    }

    @Test
    @DisplayName("a feature reaches another feature only through its service, never its repository or controller")
    void featuresMeetThroughServices() {
        noClasses().that().resideInAPackage("org.medopt.app..")
                .should(accessAnotherFeaturesRepositoryOrController())
                .check(MEDOPT);
    }

    @Test
    @DisplayName("features form no cycles and use only each other's published types (Spring Modulith)")
    void modulesVerify() {
        ApplicationModules.of(MedOptApplication.class).verify();
    }

    @Test
    @DisplayName("nothing but the command line's entry point prints to standard out, and nothing uses java.util.logging")
    void noStrayLogging() {
        noClasses().that().doNotBelongToAnyOf(MedOptApplication.class).should().accessField(System.class, "out").orShould().dependOnClassesThat()
                .resideInAPackage("java.util.logging..").check(MEDOPT);
    }

    private static ArchCondition<JavaClass> accessAnotherFeaturesRepositoryOrController() {
        return new ArchCondition<>("depend on another feature's repository or controller") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    JavaClass target = dependency.getTargetClass();
                    boolean internal = target.isAnnotatedWith(Repository.class) || target.isAnnotatedWith(Controller.class)
                            || target.isAnnotatedWith(RestController.class) || target.isMetaAnnotatedWith(RestController.class);
                    if (internal && !feature(target).equals(feature(origin))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static String feature(JavaClass type) {
        String rest = type.getPackageName().substring(Math.min(type.getPackageName().length(), "org.medopt.app".length()));
        return rest.isEmpty() ? "" : rest.split("\\.")[1];
    }
}
