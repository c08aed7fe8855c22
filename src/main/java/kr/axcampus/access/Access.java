package kr.axcampus.access;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.common.Caller;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Role;

/**
 * The one place that answers "may this caller see or change this" (docs/access.md is its
 * table, and the authorisation-matrix test runs that table). Features hand it small facts (a
 * cohort's centre and instructors, a company id, an uploader) and ask; they never look at the
 * caller's roles themselves. Outside the caller's scope the answer is 404 (the feature throws
 * {@link ProblemException#notFound}); {@link #forbidden} is only for an object the caller can
 * see but may not change.
 */
@ApplicationScoped
public class Access {

    // The centre

    /** The centre's operators see and change everything of their own centre. */
    public boolean operates(Caller caller) {
        return caller.has(Role.ADMIN);
    }

    /** Whether the object belongs to the caller's centre; nothing of another centre is ever in scope. */
    public boolean inCentre(Caller caller, UUID centerId) {
        return caller.centerId().equals(centerId);
    }

    // Partner companies

    /** The company a CEO heads, or null for anyone else: a CEO sees their own company's people. */
    public UUID employer(Caller caller) {
        return caller.has(Role.CEO) ? caller.companyId() : null;
    }

    /** Operators see every company of their centre; a CEO sees their own; nobody else sees any. */
    public boolean seesCompany(Caller caller, UUID companyCenterId, UUID companyId) {
        return inCentre(caller, companyCenterId) && (operates(caller) || companyId.equals(employer(caller)));
    }

    // Cohorts and their sessions

    /** The cohorts a caller sees: every one (operators), else those they teach, attend or employ in. */
    public CohortAudience cohorts(Caller caller) {
        if (operates(caller)) {
            return new CohortAudience(caller.centerId(), true, null, null);
        }
        return new CohortAudience(caller.centerId(), false, caller.id(), employer(caller));
    }

    /** The cohort's own instructors and the centre's operators run a cohort: sessions, roll call, decisions. */
    public boolean runs(Caller caller, Taught cohort) {
        return inCentre(caller, cohort.centerId())
                && (operates(caller) || cohort.instructorIds().contains(caller.id()));
    }

    /** Refuses (403) a caller who sees the cohort but does not run it. */
    public void requireRunning(Caller caller, Taught cohort, String detail) {
        if (!runs(caller, cohort)) {
            throw forbidden(detail);
        }
    }

    /**
     * Whose attendance, enrolment and progress the caller sees in a cohort they can see: everyone's
     * if they run it, their employees' and their own for a CEO, else their own.
     */
    public Sight employerSight(Caller caller, Taught cohort) {
        if (runs(caller, cohort)) {
            return Sight.everyone(caller.id());
        }
        UUID company = employer(caller);
        return company != null ? Sight.employees(caller.id(), company) : Sight.own(caller.id());
    }

    /**
     * Whose own work (practice logs, deliverables, a record's history) the caller sees: everyone's
     * if they run the cohort, else only their own — a CEO's view stops at progress and attendance.
     */
    public Sight workSight(Caller caller, Taught cohort) {
        return runs(caller, cohort) ? Sight.everyone(caller.id()) : Sight.own(caller.id());
    }

    // Diagnoses and roadmaps (stage 1)

    /** A diagnosis is seen by the centre's operators, the expert assigned to it and the company's CEO. */
    public boolean seesDiagnosis(Caller caller, Assessed diagnosis) {
        return inCentre(caller, diagnosis.centerId())
                && (operates(caller) || assesses(caller, diagnosis) || speaksFor(caller, diagnosis));
    }

    /** Only the assigned expert answers the questionnaire, records bottlenecks and plans the roadmap. */
    public boolean assesses(Caller caller, Assessed diagnosis) {
        return inCentre(caller, diagnosis.centerId()) && caller.id().equals(diagnosis.expertId());
    }

    /** The company's CEO gives the company's own view of a diagnosis and signs it off. */
    public boolean speaksFor(Caller caller, Assessed diagnosis) {
        return inCentre(caller, diagnosis.centerId()) && diagnosis.companyId().equals(employer(caller));
    }

    /** Operators and the assigned expert turn a roadmap into enrolments and read its course suggestions. */
    public boolean carriesOut(Caller caller, Assessed diagnosis) {
        return inCentre(caller, diagnosis.centerId()) && (operates(caller) || assesses(caller, diagnosis));
    }

    /** Every diagnosis of a company is listed to operators and its CEO; an expert sees those assigned to them. */
    public boolean seesEveryDiagnosisOf(Caller caller, UUID companyCenterId, UUID companyId) {
        return seesCompany(caller, companyCenterId, companyId);
    }

    // Best-practice cases (stage 3)

    /** A case is written by a learner or the CEO of the company it tells of, or by a coach (any instructor). */
    public boolean writesCaseFor(Caller caller, UUID companyCenterId, UUID companyId) {
        return inCentre(caller, companyCenterId)
                && (caller.has(Role.INSTRUCTOR)
                        || (companyId.equals(caller.companyId())
                                && (caller.has(Role.LEARNER) || caller.has(Role.CEO))));
    }

    /** Whether the caller writes cases for any company: instructors, and learners and CEOs of a company. */
    public boolean writesCases(Caller caller) {
        return caller.has(Role.INSTRUCTOR)
                || (caller.companyId() != null && (caller.has(Role.LEARNER) || caller.has(Role.CEO)));
    }

    /** A case is seen (and, while not published, edited) by its author, the company's CEO, every instructor and the operators. */
    public boolean seesCase(Caller caller, Authored practice) {
        return inCentre(caller, practice.centerId())
                && (operates(caller)
                        || caller.has(Role.INSTRUCTOR)
                        || caller.id().equals(practice.authorId())
                        || practice.companyId().equals(employer(caller)));
    }

    /** Only its author sends a case for review. */
    public boolean authored(Caller caller, Authored practice) {
        return inCentre(caller, practice.centerId()) && caller.id().equals(practice.authorId());
    }

    /** Only the company's CEO consents to showing its case publicly, or withdraws that consent. */
    public boolean consentsFor(Caller caller, Authored practice) {
        return inCentre(caller, practice.centerId()) && practice.companyId().equals(employer(caller));
    }

    /** The operators publish a case on the public showcase and take it off again. */
    public boolean publishesCases(Caller caller) {
        return operates(caller);
    }

    /** A case's evidence files are added by its author, the company's CEO and the instructors (coaches). */
    public boolean addsCaseFiles(Caller caller, Authored practice) {
        return inCentre(caller, practice.centerId())
                && (caller.has(Role.INSTRUCTOR) || authored(caller, practice) || consentsFor(caller, practice));
    }

    /** Whether every case of the centre is listed to the caller (operators and instructors), not only theirs. */
    public boolean listsEveryCase(Caller caller) {
        return operates(caller) || caller.has(Role.INSTRUCTOR);
    }

    // Results and certificates (proof of delivery)

    /** A certificate is downloaded by its learner, the learner's CEO and the centre's operators. */
    public boolean seesCertificate(Caller caller, UUID centerId, UUID holderId, UUID holderCompanyId) {
        return inCentre(caller, centerId)
                && (operates(caller)
                        || caller.id().equals(holderId)
                        || (holderCompanyId != null && holderCompanyId.equals(employer(caller))));
    }

    // Sharing events (stage 3)

    /** Everyone signed in of the centre sees its sharing events and registers for them. */
    public boolean seesEvent(Caller caller, UUID eventCenterId) {
        return inCentre(caller, eventCenterId);
    }

    /** The centre's operators hold sharing events: they create them and show the live check-in code. */
    public boolean holdsEvents(Caller caller) {
        return operates(caller);
    }

    // Calendar feeds (issue 17)

    /**
     * A person's calendar feed carries what is theirs: the sessions they teach or attend, the
     * coaching visits they make or asked for, the events they hold a seat at — and, for the
     * operators who hold them, every sharing event of the centre.
     */
    public boolean feedsEveryEvent(Caller caller) {
        return holdsEvents(caller);
    }

    // The catalogue and its shelves

    /** Operators and every instructor read every course's lessons; learners those of courses they attend. */
    public boolean readsEveryCourse(Caller caller) {
        return operates(caller) || caller.has(Role.INSTRUCTOR);
    }

    /** Operators and instructors put files on course and module shelves. */
    public boolean stocksCourseShelves(Caller caller) {
        return readsEveryCourse(caller);
    }

    /** A file leaves the listings by its uploader or an operator. */
    public boolean mayRemove(Caller caller, UUID uploaderId) {
        return operates(caller) || caller.id().equals(uploaderId);
    }

    /** Learners and CEOs (who attend insight courses) take courses: their home lists them. */
    public boolean takesCourses(Caller caller) {
        return caller.has(Role.LEARNER) || caller.has(Role.CEO);
    }

    // Coaching (stage 3)

    /** Employees of a partner company (learners and CEOs) ask for coaching for their company. */
    public boolean asksForCoaching(Caller caller) {
        return caller.companyId() != null && (caller.has(Role.LEARNER) || caller.has(Role.CEO));
    }

    /** Instructors coach: their coaching page is the queue of requests assigned to them. */
    public boolean isCoach(Caller caller) {
        return caller.has(Role.INSTRUCTOR);
    }

    /** Who may be assigned as a coach: the centre's instructors. */
    public boolean mayCoach(List<String> roles) {
        return roles.contains(Role.INSTRUCTOR.name());
    }

    /**
     * A coaching request is seen by the operators, the person who asked, the company's CEO and the
     * coach assigned to it; nobody else (the requester's colleagues included).
     */
    public boolean seesCoaching(Caller caller, Coached request) {
        return inCentre(caller, request.centerId())
                && (operates(caller)
                        || caller.id().equals(request.requesterId())
                        || caller.id().equals(request.coachId())
                        || request.companyId().equals(employer(caller)));
    }

    /** The assigned coach records visits and resolves; an operator may also close a request. */
    public boolean coaches(Caller caller, Coached request) {
        return inCentre(caller, request.centerId()) && caller.id().equals(request.coachId());
    }

    /** Only the person who asked rates the outcome. */
    public boolean asked(Caller caller, Coached request) {
        return inCentre(caller, request.centerId()) && caller.id().equals(request.requesterId());
    }

    /** What the navigation offers a signed-in caller (null: nobody is signed in). */
    public Menu menu(Caller caller) {
        if (caller == null) {
            return Menu.NONE;
        }
        return new Menu(operates(caller), caller.has(Role.INSTRUCTOR), caller.has(Role.CEO), caller.has(Role.LEARNER));
    }

    /** Inside the caller's scope but not theirs to do. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }
}
