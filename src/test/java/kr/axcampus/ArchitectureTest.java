package kr.axcampus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.Entity;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import kr.axcampus.common.Caller;
import kr.axcampus.common.Role;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The house rules of STYLE.md and issue 11, checked by the build rather than by memory: no
 * package cycles, a kernel (common, access, web) that knows no feature, features that reach
 * each other only through services and small records (never another feature's entity), and
 * caller role checks only in the access class. The last two tests read the sources: imports
 * show every dependency (no inline fully-qualified names) and the zone is a setting.
 */
class ArchitectureTest {
    private static final String ROOT = "kr.axcampus";

    /** Packages every feature may use and that use no feature. */
    private static final Set<String> KERNEL = Set.of("common", "access", "web");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void featuresFormNoPackageCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theKernelDependsOnNoFeature() {
        noClasses()
                .that(inKernel())
                .should()
                .dependOnClassesThat(inAFeature())
                .because("common, access and web are the kernel every feature builds on (STYLE.md)")
                .check(MAIN);
    }

    @Test
    void theAccessClassStandsOnCommonOnly() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".access..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".web..")
                .check(MAIN);
    }

    @Test
    void noFeatureUsesAnotherFeaturesEntity() {
        ArchRule rule = classes().should(new ArchCondition<>("use only their own feature's entities") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = featureOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    if (target.isAnnotatedWith(Entity.class) && !own.equals(featureOf(target))) {
                        events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
                    }
                }
            }
        });
        rule.because("a feature reaches another only through its service and small records (STYLE.md)")
                .check(MAIN);
    }

    @Test
    void onlyTheAccessClassLooksAtTheCallersRoles() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".access..")
                .should()
                .callMethod(Caller.class, "has", Role.class)
                .orShould()
                .callMethod(Caller.class, "roles")
                .because("every 'may this caller see or change this' is answered by kr.axcampus.access.Access")
                .check(MAIN);
    }

    @Test
    void onlyTheCurrentCallerReadsRolesFromTheToken() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(ROOT + ".common.CurrentCaller")
                .should()
                .callMethod(JsonWebToken.class, "getGroups")
                .because("pages and resources ask Access, which asks the Caller the token makes")
                .check(MAIN);
    }

    @Test
    void importsShowEveryDependency() throws IOException {
        Pattern inline = Pattern.compile(
                "(?<![\\w.\"])(?:java|javax|jakarta|io|org|com|kr)\\.(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*");
        assertEquals(List.of(), sourceLinesMatching(inline, true), "inline fully-qualified class names: import them");
    }

    @Test
    void theCentresZoneIsASettingNotALiteral() throws IOException {
        Pattern literalZone = Pattern.compile("ZoneId\\.of\\(|\"(Asia|Europe|America|Africa|Australia|Pacific)/");
        assertEquals(List.of(), sourceLinesMatching(literalZone, false), "read the zone from CentreTime");
    }

    private static DescribedPredicate<JavaClass> inKernel() {
        return DescribedPredicate.describe("are in the kernel", c -> KERNEL.contains(featureOf(c)));
    }

    private static DescribedPredicate<JavaClass> inAFeature() {
        return DescribedPredicate.describe(
                "are in a feature", c -> c.getPackageName().startsWith(ROOT + ".") && !KERNEL.contains(featureOf(c)));
    }

    /** The package right under kr.axcampus: a feature, or a kernel package. */
    private static String featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * Code lines of src/main/java matching the pattern, as "file:line: text"; comments and imports
     * aside, and string literals too when {@code blankStrings} (SQL and messages may name packages).
     */
    private static List<String> sourceLinesMatching(Pattern pattern, boolean blankStrings) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).strip();
                    if (code.startsWith("import ")
                            || code.startsWith("package ")
                            || code.startsWith("*")
                            || code.startsWith("/*")
                            || code.startsWith("//")) {
                        continue;
                    }
                    String checked = blankStrings ? code.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"") : code;
                    if (pattern.matcher(checked).find()) {
                        found.add(file + ":" + (i + 1) + ": " + code);
                    }
                }
            }
        }
        return found;
    }
}
