package org.fourpermille.hub.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import org.fourpermille.hub.shared.ArchitectureTest.Module;
import org.fourpermille.hub.shared.architecture.Library;
import org.junit.jupiter.api.Test;

/**
 * Shows that the rule against reaching across modules into what Java hides does fail, on sample classes
 * where a class playing the EJB jar calls package-private members of classes playing the persistence jar
 * (as {@code DocumentLibrary} once called {@code DocumentVersion.cleanFileName}, an IllegalAccessError in the EAR).
 */
class ArchitectureRuleSamplesTest {

    private static final JavaClasses SAMPLES = new ClassFileImporter().importPackages(Library.class.getPackageName());

    private static Optional<Module> playedModule(JavaClass type) {
        if (!type.getPackageName().equals(Library.class.getPackageName())) {
            return Optional.empty();
        }
        return Optional.of(type.getSimpleName().startsWith("Stored") ? Module.PERSISTENCE : Module.EJB);
    }

    @Test
    void calls_into_what_another_module_cannot_see_are_refused_and_the_rest_is_not() {
        EvaluationResult result = classes().should(ArchitectureTest.reachOnlyWhatOtherModulesExpose(
                ArchitectureRuleSamplesTest::playedModule)).evaluate(SAMPLES);

        List<String> details = result.getFailureReport().getDetails();
        assertTrue(result.hasViolation(), "the bad samples must be reported");
        assertEquals(3, details.size(), String.join("\n", details));
        assertReported(details, "the member is package-private", "Library.upload", "StoredVersion.cleanName");
        assertReported(details, "the class is not public", "Library.measure", "StoredHelper.size");
        assertReported(details, "the member is protected", "Library.describe", "StoredVersion.describe");
        // Not reported: the public method (Library.publish), the inherited protected one (LibraryVersion),
        // and package-private calls within one module (StoredReader).
        assertTrue(details.stream().allMatch(line -> line.startsWith("EJB reaches into PERSISTENCE")), String.join("\n", details));
    }

    private static void assertReported(List<String> details, String problem, String caller, String callee) {
        assertTrue(details.stream().anyMatch(line -> line.contains(problem) && line.contains(caller) && line.contains(callee)),
                "expected " + caller + " -> " + callee + " (" + problem + ") in:\n" + String.join("\n", details));
    }
}
