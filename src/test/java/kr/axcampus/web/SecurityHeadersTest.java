package kr.axcampus.web;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Headers every answer carries, and exports that cannot smuggle a formula into a spreadsheet. */
@QuarkusTest
class SecurityHeadersTest {
    @Inject
    TestData data;

    @Test
    void pagesAllowNoInlineScriptAndCannotBeFramed() {
        given().accept(ContentType.HTML)
                .get("/login")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("same-origin"))
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void apiAnswersErrorsAndStaticFilesCarryThemToo() {
        given().get("/api/me").then().statusCode(401).header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/live.js")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        given().get("/q/health/live")
                .then()
                .header("Content-Security-Policy", equalTo("frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void anAttendanceSheetShowsANameThatLooksLikeAFormulaAsText() {
        UserView instructor = data.user("sheet-pass-1", null, Role.INSTRUCTOR);
        CohortView cohort = data.cohort("PX-OFFICE-GENAI", 5, instructor);
        UUID company = UUID.fromString(data.company("수식 회사").id());
        data.enroll(
                cohort,
                data.named("=HYPERLINK(\"http://evil.example\",\"보기\")", "sheet-pass-1", company, Role.LEARNER));
        data.enroll(cohort, data.named("@SUM(1+1)", "sheet-pass-1", company, Role.LEARNER));
        String csv = given().auth()
                .oauth2(data.token(instructor))
                .get("/api/cohorts/" + cohort.id() + "/attendance-sheet.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv, containsString("\"'=HYPERLINK("));
        assertThat(csv, containsString("'@SUM(1+1)"));
        assertThat(csv, not(containsString(",=HYPERLINK")));
    }
}
