package kr.axcampus.access;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.axcampus.common.Caller;
import kr.axcampus.common.Role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The access rules of docs/access.md in words, on the class alone (AccessMatrixTest runs the table). */
class AccessTest {
    private static final UUID CENTRE = UUID.randomUUID();
    private static final UUID COMPANY = UUID.randomUUID();

    private final Access access = new Access();

    private record Cohort(UUID centerId, Set<UUID> instructorIds) implements Taught {}

    private static Caller caller(UUID company, Role... roles) {
        return new Caller(UUID.randomUUID(), CENTRE, company, Set.of(roles));
    }

    @Test
    void anOperatorRunsEveryCohortOfTheirCentreAndNoneOfAnother() {
        Caller operator = caller(null, Role.ADMIN);
        assertTrue(access.runs(operator, new Cohort(CENTRE, Set.of())));
        assertFalse(access.runs(operator, new Cohort(UUID.randomUUID(), Set.of())));
        assertTrue(access.cohorts(operator).wholeCentre());
    }

    @Test
    void anInstructorRunsOnlyTheCohortsTheyTeach() {
        Caller instructor = caller(null, Role.INSTRUCTOR);
        assertTrue(access.runs(instructor, new Cohort(CENTRE, Set.of(instructor.id()))));
        assertFalse(access.runs(instructor, new Cohort(CENTRE, Set.of(UUID.randomUUID()))));
        assertEquals(new CohortAudience(CENTRE, false, instructor.id(), null), access.cohorts(instructor));
    }

    @Test
    void aCeoSeesTheirEmployeesAndTheirOwnWorkOnly() {
        Caller ceo = caller(COMPANY, Role.CEO);
        Cohort cohort = new Cohort(CENTRE, Set.of());
        Sight employees = access.employerSight(ceo, cohort);
        assertTrue(employees.sees(UUID.randomUUID(), COMPANY));
        assertFalse(employees.sees(UUID.randomUUID(), UUID.randomUUID()));
        assertTrue(employees.sees(ceo.id(), null));
        assertTrue(access.workSight(ceo, cohort).ownOnly(), "practice logs and deliverables are not the CEO's");
        assertEquals(COMPANY, access.cohorts(ceo).employer());
    }

    @Test
    void aLearnerSeesTheirOwnRecordsAndNoCompany() {
        Caller learner = caller(COMPANY, Role.LEARNER);
        Sight own = access.employerSight(learner, new Cohort(CENTRE, Set.of()));
        assertTrue(own.ownOnly());
        assertFalse(own.sees(UUID.randomUUID(), COMPANY), "a colleague's record is not theirs");
        assertNull(access.employer(learner));
        assertFalse(access.seesCompany(learner, CENTRE, COMPANY));
    }

    @Test
    void companiesAreTheOperatorsAndEachCeosOwn() {
        assertTrue(access.seesCompany(caller(null, Role.ADMIN), CENTRE, COMPANY));
        assertFalse(access.seesCompany(caller(null, Role.ADMIN), UUID.randomUUID(), COMPANY));
        assertTrue(access.seesCompany(caller(COMPANY, Role.CEO), CENTRE, COMPANY));
        assertFalse(access.seesCompany(caller(COMPANY, Role.CEO), CENTRE, UUID.randomUUID()));
    }

    @Test
    void lessonsAndShelvesAreForOperatorsAndInstructors() {
        assertTrue(access.readsEveryCourse(caller(null, Role.INSTRUCTOR)));
        assertFalse(access.readsEveryCourse(caller(COMPANY, Role.CEO)));
        assertTrue(access.mayRemove(caller(null, Role.ADMIN), UUID.randomUUID()));
        Caller uploader = caller(null, Role.INSTRUCTOR);
        assertTrue(access.mayRemove(uploader, uploader.id()));
        assertFalse(access.mayRemove(caller(null, Role.INSTRUCTOR), uploader.id()));
    }
}
