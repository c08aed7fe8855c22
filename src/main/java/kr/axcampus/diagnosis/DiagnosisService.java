package kr.axcampus.diagnosis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import kr.axcampus.access.Access;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.Moment;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Role;
import kr.axcampus.diagnosis.dto.AnswersRequest;
import kr.axcampus.diagnosis.dto.DiagnosisRequest;
import kr.axcampus.diagnosis.dto.DiagnosisSummary;
import kr.axcampus.diagnosis.dto.DiagnosisView;
import kr.axcampus.diagnosis.dto.SelfAssessmentRequest;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.CompanyService;
import kr.axcampus.organization.dto.CompanyView;

/**
 * A company's readiness diagnosis: an operator assigns an expert, the expert answers the
 * questionnaire on site (saved as they go), the company's CEO may add the company's own view and
 * signs off what the expert submitted. Every change is kept with who made it; after sign-off
 * nothing changes (a new diagnosis is the way to change it).
 */
@ApplicationScoped
public class DiagnosisService {
    static final int NOTE_LIMIT = 4000;

    private final Questionnaires questionnaires;
    private final DiagnosisViews views;
    private final CompanyService companies;
    private final UserService users;
    private final Access access;
    private final Validator validator;
    private final EntityManager em;

    public DiagnosisService(
            Questionnaires questionnaires,
            DiagnosisViews views,
            CompanyService companies,
            UserService users,
            Access access,
            Validator validator,
            EntityManager em) {
        this.questionnaires = questionnaires;
        this.views = views;
        this.companies = companies;
        this.users = users;
        this.access = access;
        this.validator = validator;
        this.em = em;
    }

    @Transactional
    public DiagnosisView create(Caller caller, String companyId, DiagnosisRequest request) {
        CompanyView company = companyInCentre(caller, companyId);
        if (request == null) {
            throw ProblemException.invalid("body", "expertId and visitedOn are required");
        }
        ProblemException.requireValid(validator, request);
        UserView expert = Ids.parse(request.expertId())
                .flatMap(id -> users.findInCenter(caller.centerId(), id))
                .filter(u -> u.active() && u.roles().contains(Role.INSTRUCTOR.name()))
                .orElseThrow(() -> ProblemException.invalid(List.of(FieldError.coded(
                        "expertId", "not-an-expert", "the expert must be an active instructor of the centre"))));
        Diagnosis diagnosis = new Diagnosis();
        diagnosis.centerId = caller.centerId();
        diagnosis.companyId = UUID.fromString(company.id());
        diagnosis.expertId = UUID.fromString(expert.id());
        diagnosis.questionnaireVersion = questionnaires.current().version();
        diagnosis.status = DiagnosisStatus.DRAFT;
        diagnosis.visitedOn = request.visitedOn();
        diagnosis.persist();
        record(diagnosis, caller, "CREATED", expert.name() + " · " + request.visitedOn());
        return views.of(caller, diagnosis);
    }

    /** A company's diagnoses, newest first: all of them for operators and its CEO, else those assigned to the caller. */
    public PageResult<DiagnosisSummary> list(Caller caller, String companyId, PageRequest page) {
        UUID company = Ids.parse(companyId)
                .filter(id -> companies.findInCenter(caller.centerId(), id).isPresent())
                .orElseThrow(() -> ProblemException.notFound("company " + companyId));
        String query = "centerId = :center and companyId = :company";
        Parameters parameters = Parameters.with("center", caller.centerId()).and("company", company);
        if (!access.seesEveryDiagnosisOf(caller, caller.centerId(), company)) {
            query += " and expertId = :me";
            parameters = parameters.and("me", caller.id());
            if (Diagnosis.count(query, parameters) == 0) {
                throw ProblemException.notFound("company " + companyId);
            }
        }
        var found = Diagnosis.<Diagnosis>find(
                        query, Sort.descending("visitedOn").and("createdAt", Sort.Direction.Descending), parameters)
                .page(Page.of(page.page(), page.size()));
        return new PageResult<>(views.summaries(found.list()), page.page(), page.size(), found.count());
    }

    /** Every diagnosis the caller sees, newest first: the centre's (operators), those assigned to them, their company's (a CEO). */
    public PageResult<DiagnosisSummary> listVisible(Caller caller, PageRequest page) {
        String query = "centerId = :center";
        Parameters parameters = Parameters.with("center", caller.centerId());
        if (!access.operates(caller)) {
            UUID company = access.employer(caller);
            query += company == null ? " and expertId = :me" : " and (expertId = :me or companyId = :company)";
            parameters = parameters.and("me", caller.id());
            if (company != null) {
                parameters = parameters.and("company", company);
            }
        }
        var found = Diagnosis.<Diagnosis>find(
                        query, Sort.descending("visitedOn").and("createdAt", Sort.Direction.Descending), parameters)
                .page(Page.of(page.page(), page.size()));
        return new PageResult<>(views.summaries(found.list()), page.page(), page.size(), found.count());
    }

    /** Each company's latest diagnosis (by visit date), for the operators' overview; keyed by company id. */
    public Map<String, DiagnosisSummary> latestPerCompany(Caller caller) {
        if (!access.operates(caller)) {
            throw Access.forbidden("the centre's overview of diagnoses is for its operators");
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "SELECT DISTINCT ON (company_id) id FROM diagnosis WHERE center_id = ?1 "
                                + "ORDER BY company_id, visited_on DESC, created_at DESC",
                        UUID.class)
                .setParameter(1, caller.centerId())
                .getResultList();
        Map<String, DiagnosisSummary> latest = new HashMap<>();
        if (!ids.isEmpty()) {
            views.summaries(Diagnosis.list("id in ?1", ids)).forEach(d -> latest.put(d.companyId(), d));
        }
        return latest;
    }

    public DiagnosisView get(Caller caller, String id) {
        return views.of(caller, visible(caller, id));
    }

    /** The expert's answers and notes, merged into those saved before, while the diagnosis is a draft. */
    @Transactional
    public DiagnosisView saveAnswers(Caller caller, String id, AnswersRequest request) {
        Diagnosis diagnosis = changing(caller, id);
        requireExpert(caller, diagnosis);
        requireStatus(diagnosis, DiagnosisStatus.DRAFT, "answers");
        if (request == null) {
            throw ProblemException.invalid("body", "answers, notes or participants are required");
        }
        Questionnaire questionnaire = questionnaires.version(diagnosis.questionnaireVersion);
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(request)));
        Map<String, Integer> answers = request.answers() == null ? Map.of() : request.answers();
        errors.addAll(checkAnswers(questionnaire, answers));
        Map<String, String> notes = request.notes() == null ? Map.of() : request.notes();
        notes.forEach((code, text) -> {
            if (questionnaire.dimension(code).isEmpty()) {
                errors.add(FieldError.coded(
                        "notes." + code, "unknown-dimension", "no dimension " + code + " in the questionnaire"));
            } else if (text != null && text.length() > NOTE_LIMIT) {
                errors.add(FieldError.coded("notes." + code, "too-long", "at most " + NOTE_LIMIT + " characters"));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        writeAnswers(diagnosis, DiagnosisScores.EXPERT, questionnaire, answers);
        notes.forEach((code, text) -> {
            if (text == null || text.isBlank()) {
                diagnosis.notes.remove(code);
            } else {
                diagnosis.notes.put(code, text.strip());
            }
        });
        if (!notes.isEmpty()) {
            // a JSON column changes only when Hibernate sees a new value
            diagnosis.notes = new HashMap<>(diagnosis.notes);
        }
        if (request.participants() != null) {
            diagnosis.participants = request.participants().isBlank()
                    ? null
                    : request.participants().strip();
        }
        record(diagnosis, caller, "ANSWERS_SAVED", null);
        return views.of(caller, diagnosis);
    }

    /** The company's own view (its CEO), merged like the expert's answers, while the diagnosis is a draft. */
    @Transactional
    public DiagnosisView saveSelfAssessment(Caller caller, String id, SelfAssessmentRequest request) {
        Diagnosis diagnosis = changing(caller, id);
        if (!access.speaksFor(caller, diagnosis)) {
            throw Access.forbidden("the company's own view is given by its CEO");
        }
        requireStatus(diagnosis, DiagnosisStatus.DRAFT, "the company's own view");
        if (request == null || request.answers() == null) {
            throw ProblemException.invalid("answers", "answers are required");
        }
        Questionnaire questionnaire = questionnaires.version(diagnosis.questionnaireVersion);
        List<FieldError> errors = checkAnswers(questionnaire, request.answers());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        writeAnswers(diagnosis, DiagnosisScores.SELF, questionnaire, request.answers());
        record(diagnosis, caller, "SELF_ASSESSED", null);
        return views.of(caller, diagnosis);
    }

    /** The expert submits a complete draft to the company's CEO. */
    @Transactional
    public DiagnosisView submit(Caller caller, String id) {
        Diagnosis diagnosis = changing(caller, id);
        requireExpert(caller, diagnosis);
        requireTransition(diagnosis, DiagnosisStatus.SUBMITTED);
        Questionnaire questionnaire = questionnaires.version(diagnosis.questionnaireVersion);
        long answered = ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM diagnosis_answer WHERE diagnosis_id = ?1 AND source = 'EXPERT'")
                        .setParameter(1, diagnosis.id)
                        .getSingleResult())
                .longValue();
        if (answered < questionnaire.questionCount()) {
            throw ProblemException.conflict(
                    "incomplete",
                    (questionnaire.questionCount() - answered) + " of " + questionnaire.questionCount()
                            + " questions are not answered yet",
                    "answers");
        }
        diagnosis.status = DiagnosisStatus.SUBMITTED;
        diagnosis.submittedAt = Moment.now();
        record(diagnosis, caller, "SUBMITTED", null);
        return views.of(caller, diagnosis);
    }

    /** The company's CEO agrees to the submitted diagnosis and its roadmap; nothing changes afterwards. */
    @Transactional
    public DiagnosisView signOff(Caller caller, String id) {
        Diagnosis diagnosis = changing(caller, id);
        if (!access.speaksFor(caller, diagnosis)) {
            throw Access.forbidden("a diagnosis is signed off by the company's CEO");
        }
        requireTransition(diagnosis, DiagnosisStatus.SIGNED_OFF);
        diagnosis.status = DiagnosisStatus.SIGNED_OFF;
        diagnosis.signedOffAt = Moment.now();
        diagnosis.signedOffBy = caller.id();
        record(diagnosis, caller, "SIGNED_OFF", null);
        return views.of(caller, diagnosis);
    }

    /** The diagnosis if the caller may see it (404 otherwise). */
    Diagnosis visible(Caller caller, String id) {
        return Ids.parse(id)
                .flatMap(uuid -> Diagnosis.<Diagnosis>findByIdOptional(uuid))
                .filter(d -> access.seesDiagnosis(caller, d))
                .orElseThrow(() -> ProblemException.notFound("diagnosis " + id));
    }

    /** The diagnosis, seen by the caller, locked against a concurrent change until the transaction ends. */
    Diagnosis changing(Caller caller, String id) {
        Diagnosis diagnosis = visible(caller, id);
        em.lock(diagnosis, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(diagnosis);
        return diagnosis;
    }

    void requireExpert(Caller caller, Diagnosis diagnosis) {
        if (!access.assesses(caller, diagnosis)) {
            throw Access.forbidden("only the expert assigned to this diagnosis may do this");
        }
    }

    /** 409 unless the diagnosis is in one of the states {@code what} may change in. */
    static void requireStatus(Diagnosis diagnosis, DiagnosisStatus allowed, String what) {
        requireStatus(diagnosis, List.of(allowed), what);
    }

    static void requireStatus(Diagnosis diagnosis, List<DiagnosisStatus> allowed, String what) {
        if (!allowed.contains(diagnosis.status)) {
            throw ProblemException.conflict(
                    "diagnosis-"
                            + diagnosis.status.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "the diagnosis is " + diagnosis.status + "; " + what + " change only while it is "
                            + String.join(
                                    " or ", allowed.stream().map(Enum::name).toList())
                            + (diagnosis.status == DiagnosisStatus.SIGNED_OFF
                                    ? " (after sign-off, a new diagnosis is the way to change it)"
                                    : ""),
                    null);
        }
    }

    private static void requireTransition(Diagnosis diagnosis, DiagnosisStatus to) {
        if (!diagnosis.status.next().contains(to)) {
            throw ProblemException.illegalTransition(
                    "a " + diagnosis.status + " diagnosis cannot become " + to,
                    diagnosis.status.next().stream().map(Enum::name).toList());
        }
    }

    private static List<FieldError> checkAnswers(Questionnaire questionnaire, Map<String, Integer> answers) {
        List<FieldError> errors = new ArrayList<>();
        answers.forEach((code, score) -> {
            if (questionnaire.dimensionOf(code).isEmpty()) {
                errors.add(FieldError.coded(
                        "answers." + code,
                        "unknown-question",
                        "no question " + code + " in questionnaire version " + questionnaire.version()));
            } else if (score == null || score < 1 || score > QuestionnaireContent.LEVELS) {
                errors.add(FieldError.coded("answers." + code, "out-of-range", "a score is 1 to 5"));
            }
        });
        return errors;
    }

    /** Saves scores in one statement, replacing earlier scores of the same questions. */
    private void writeAnswers(
            Diagnosis diagnosis, String source, Questionnaire questionnaire, Map<String, Integer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        List<String> codes = new ArrayList<>(answers.keySet());
        em.createNativeQuery("""
                        INSERT INTO diagnosis_answer (diagnosis_id, source, question_code, dimension_code, score)
                        SELECT ?1, ?2, q, d, s
                        FROM unnest(CAST(?3 AS varchar[]), CAST(?4 AS varchar[]), CAST(?5 AS smallint[])) AS a(q, d, s)
                        ON CONFLICT (diagnosis_id, source, question_code) DO UPDATE SET score = EXCLUDED.score""")
                .setParameter(1, diagnosis.id)
                .setParameter(2, source)
                .setParameter(3, codes.toArray(String[]::new))
                .setParameter(
                        4,
                        codes.stream()
                                .map(c -> questionnaire
                                        .dimensionOf(c)
                                        .orElseThrow()
                                        .code())
                                .toArray(String[]::new))
                .setParameter(
                        5, codes.stream().map(c -> answers.get(c).shortValue()).toArray(Short[]::new))
                .executeUpdate();
    }

    void record(Diagnosis diagnosis, Caller caller, String action, String detail) {
        DiagnosisEvent event = new DiagnosisEvent();
        event.diagnosisId = diagnosis.id;
        event.actorId = caller == null ? null : caller.id();
        event.action = action;
        event.detail = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
        event.persist();
    }

    private CompanyView companyInCentre(Caller caller, String companyId) {
        return Ids.parse(companyId)
                .flatMap(id -> companies.findInCenter(caller.centerId(), id))
                .orElseThrow(() -> ProblemException.notFound("company " + companyId));
    }
}
