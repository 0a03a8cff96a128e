package org.fourpermille.hub.shared;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.HubIdentityStore;
import org.fourpermille.hub.identity.PasswordService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep the code base in layers, over the main classes of every module at once (persistence,
 * ejb and web classes share package names, so only all of them together show the package graph):
 * feature packages without a cycle, {@code shared} knowing no feature, modules depending only downwards,
 * and no call across modules to a member Java lets only its own package or subclasses see, which works in
 * the WAR (one class loader) and fails in the EAR (one per module) with IllegalAccessError.
 */
class ArchitectureTest {

    private static final String HUB = "org.fourpermille.hub";

    /** The modules from the bottom up; each may use those before it only. */
    enum Module {
        CONFIG(Setting.class), PERSISTENCE(Account.class), EJB(PasswordService.class), WEB(HubIdentityStore.class);

        private final String location;

        Module(Class<?> member) {
            try {
                location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The module a class was imported from: a folder (target/classes) or a jar, whichever the build put on the class path. */
        static Optional<Module> of(JavaClass type) {
            return type.getSource().map(source -> path(source.getUri()))
                    .flatMap(file -> Arrays.stream(values()).filter(m -> file.startsWith(m.location)).findFirst());
        }

        /** The file or folder a class file comes from; a class inside a jar comes from the jar. */
        private static String path(URI source) {
            String uri = source.toString();
            if (uri.startsWith("jar:")) {
                uri = uri.substring("jar:".length(), uri.indexOf("!/"));
            }
            return Path.of(URI.create(uri)).toString();
        }
    }

    private static JavaClasses hub;

    @BeforeAll
    static void importEveryModule() {
        hub = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(HUB);
        Map<Module, Integer> counts = new LinkedHashMap<>();
        for (JavaClass type : hub) {
            Module.of(type).ifPresent(m -> counts.merge(m, 1, Integer::sum));
        }
        // Without this, a class path that hid a module would let every rule pass on fewer classes.
        for (Module module : Module.values()) {
            if (counts.getOrDefault(module, 0) == 0) {
                throw new IllegalStateException("No class imported from " + module + " (" + module.location + "): " + counts);
            }
        }
    }

    @Test
    void feature_packages_form_no_cycle() {
        slices().matching(HUB + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(hub);
    }

    @Test
    void shared_depends_on_no_feature() {
        noClasses().that().resideInAPackage(HUB + ".shared..")
                .should().dependOnClassesThat(resideInAPackage(HUB + "..")
                        .and(not(resideInAnyPackage(HUB + ".shared..", HUB + ".config.."))))
                .check(hub);
    }

    @Test
    void modules_depend_only_downwards() {
        classes().should(dependOnlyOnModulesBelowOrTheirOwn()).check(hub);
    }

    @Test
    void no_module_reaches_a_member_another_module_cannot_see() {
        classes().should(reachOnlyWhatOtherModulesExpose(Module::of)).check(hub);
    }

    private static ArchCondition<JavaClass> dependOnlyOnModulesBelowOrTheirOwn() {
        return new ArchCondition<>("depend only on their own module or the modules below it (config < persistence < ejb < web)") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<Module> from = Module.of(origin);
                if (from.isEmpty()) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Optional<Module> to = Module.of(dependency.getTargetClass());
                    if (to.isPresent() && to.get().compareTo(from.get()) > 0) {
                        events.add(SimpleConditionEvent.violated(dependency, from.get() + " depends on " + to.get() + ": "
                                + dependency.getDescription()));
                    }
                }
            }
        };
    }

    /**
     * {@code moduleOf} says which module a class belongs to: where it was imported from for the real
     * classes, a fixed answer for the samples that show this rule can fail ({@link ArchitectureRuleSamplesTest}).
     */
    static ArchCondition<JavaClass> reachOnlyWhatOtherModulesExpose(Function<JavaClass, Optional<Module>> moduleOf) {
        return new ArchCondition<>("reach in other modules only public members of public classes, or protected ones they inherit") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<Module> from = moduleOf.apply(origin);
                if (from.isEmpty()) {
                    return;
                }
                for (JavaAccess<?> access : origin.getAccessesFromSelf()) {
                    JavaClass owner = access.getTargetOwner();
                    Optional<Module> to = moduleOf.apply(owner);
                    if (to.isEmpty() || to.get() == from.get()) {
                        continue;
                    }
                    Optional<? extends JavaMember> member = access.getTarget().resolveMember();
                    boolean inherited = origin.isAssignableTo(owner.getName());
                    String problem = null;
                    if (!owner.getModifiers().contains(JavaModifier.PUBLIC) && !owner.isArray()) {
                        problem = "the class is not public";
                    } else if (member.isPresent() && !member.get().getModifiers().contains(JavaModifier.PUBLIC)
                            && !(member.get().getModifiers().contains(JavaModifier.PROTECTED) && inherited)) {
                        problem = "the member is " + (member.get().getModifiers().contains(JavaModifier.PROTECTED)
                                ? "protected" : "package-private");
                    }
                    if (problem != null) {
                        events.add(SimpleConditionEvent.violated(access, from.get() + " reaches into " + to.get() + " where "
                                + problem + " (IllegalAccessError in the EAR): " + access.getDescription()));
                    }
                }
            }
        };
    }
}
