package kr.axcampus.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import kr.axcampus.cohort.SessionKind;
import kr.axcampus.cohort.dto.CohortView;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.testing.TestData;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A forged {@code X-Forwarded-For} from an address that is not a trusted proxy is ignored: it
 * neither passes a cohort's network allow-list nor gives a guesser a fresh address.
 */
@QuarkusTest
@TestProfile(UntrustedProxyTest.OnlyTheIngressIsTrusted.class)
class UntrustedProxyTest {
    public static class OnlyTheIngressIsTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.10");
        }
    }

    @Inject
    TestData data;

    @Test
    void aForgedAddressDoesNotPassTheNetworkAllowList() {
        UserView instructor = data.user("proxy-pass-1", null, Role.INSTRUCTOR);
        UserView learner =
                data.user("proxy-pass-1", UUID.fromString(data.company("프록시 회사").id()), Role.LEARNER);
        CohortView cohort = data.cohortWithNetworks("PX-OFFICE-GENAI", 5, List.of("198.51.100.0/24"), instructor);
        data.enroll(cohort, learner);
        SessionView session = data.session(cohort, Instant.now().minusSeconds(60), 120, SessionKind.LECTURE);
        String code = given().auth()
                .oauth2(data.token(instructor))
                .get("/api/sessions/" + session.id() + "/check-in-code")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        given().auth()
                .oauth2(data.token(learner))
                .header("X-Forwarded-For", "198.51.100.20")
                .contentType(ContentType.JSON)
                .body(Map.of("code", code))
                .post("/api/sessions/" + session.id() + "/check-in")
                .then()
                .statusCode(403)
                .body("type", equalTo("/problems/network-not-allowed"));
    }
}
