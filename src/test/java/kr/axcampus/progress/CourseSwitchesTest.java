package kr.axcampus.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kr.axcampus.catalog.CatalogImport;
import kr.axcampus.catalog.CatalogImporter;
import kr.axcampus.catalog.ContentFixture;
import kr.axcampus.testing.TestData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The funding-agency switches turned on by a course (its course.yaml) while the centre leaves
 * them off, run through the ledger's SQL with real records; a shipped course beside it, which
 * sets neither, shows the centre's default (off) for the same records.
 */
@QuarkusTest
class CourseSwitchesTest {
    private static final String SHIPPED = "PX-DATA-REPORTING";

    @Inject
    CatalogImporter importer;

    @Inject
    SwitchScenarios scenarios;

    @ConfigProperty(name = "axcampus.content.dir")
    String contentDir;

    private String switchedOn;

    @BeforeEach
    void aCourseSwitchesBothRulesOn() throws IOException {
        switchedOn = "PX-SWITCHES-" + TestData.unique();
        Path tree = Files.createTempDirectory(Path.of(contentDir).getParent(), "switches");
        ContentFixture content = ContentFixture.copyOfShipped(Path.of(contentDir), tree)
                .professionalCourse(switchedOn, 1080, "  threeLatesOneAbsence: true\n  dailyHalfRule: true");
        CatalogImporter.Report report = importer.importFrom(content.root(), CatalogImport.Trigger.RELOAD, null);
        assertEquals(1, report.added(), report.toString());
    }

    /** The fixture course leaves the catalogue again (archived), as other classes expect the shipped one. */
    @AfterEach
    void theShippedCatalogueReturns() {
        importer.importContent(CatalogImport.Trigger.RELOAD, null);
    }

    @Test
    void threeLatesCostASessionWhereTheCourseCountsThemAndTwoCostNothing() {
        SwitchScenarios.Lates lates = scenarios.lates(switchedOn);
        Map<String, Object> two = scenarios.progress(lates.cohort(), lates.twoLates());
        Map<String, Object> three = scenarios.progress(lates.cohort(), lates.threeLates());
        assertEquals(180, two.get("creditedMinutes"), "two lates: every minute still counts");
        assertEquals(120, three.get("creditedMinutes"), "three lates count as one 60-minute absence");
        assertEquals(60, ((Map<?, ?>) three.get("practicum")).get("latePenaltyMinutes"));

        SwitchScenarios.Lates plain = scenarios.lates(SHIPPED);
        assertEquals(180, scenarios.progress(plain.cohort(), plain.threeLates()).get("creditedMinutes"));
    }

    @Test
    void aDayCountsFromHalfItsHoursWhereTheCourseCountsDays() {
        SwitchScenarios.Days days = scenarios.days(switchedOn);
        Map<String, Object> half = scenarios.progress(days.cohort(), days.halfDay());
        Map<String, Object> shortOfHalf = scenarios.progress(days.cohort(), days.shortOfHalf());
        assertEquals(1680, half.get("creditedMinutes"), "70 % of 2,400 minutes");
        assertFalse(
                SwitchScenarios.reasonCodes(half).contains("ATTENDANCE_LOW"),
                "4 of 5 days at 50 % or more: " + half.get("completion"));
        assertEquals("COMPLETED", ((Map<?, ?>) half.get("completion")).get("status"));
        assertTrue(
                SwitchScenarios.reasonCodes(shortOfHalf).contains("ATTENDANCE_LOW"),
                "day 4 at 49 % does not count: " + shortOfHalf.get("completion"));

        SwitchScenarios.Days plain = scenarios.days(SHIPPED);
        assertTrue(
                SwitchScenarios.reasonCodes(scenarios.progress(plain.cohort(), plain.halfDay()))
                        .contains("ATTENDANCE_LOW"),
                "counted by minutes, 70 % is short of 80 %");
    }
}
