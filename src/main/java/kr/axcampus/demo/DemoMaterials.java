package kr.axcampus.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.common.Caller;
import kr.axcampus.common.Role;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.material.MaterialService;
import kr.axcampus.submission.ReviewDecision;
import kr.axcampus.submission.SubmissionService;
import kr.axcampus.submission.dto.ReviewRequest;

/**
 * Files for the demo: a guide on the running cohort's shelf, and the finished cohort's
 * deliverables — learner3's accepted (so learner3 completed), learner4's sent back.
 */
@ApplicationScoped
class DemoMaterials {
    private final MaterialService materials;
    private final SubmissionService submissions;
    private final UserService users;

    DemoMaterials(MaterialService materials, SubmissionService submissions, UserService users) {
        this.materials = materials;
        this.submissions = submissions;
        this.users = users;
    }

    void running(UUID centerId, String cohortId, String instructorEmail) {
        upload(caller(centerId, instructorEmail, Role.INSTRUCTOR), "COHORT", cohortId, "1주차 실습 안내.md", """
                # 1주차 실습 안내

                - 실습 파일은 과정 페이지의 각 모듈 자료에서 내려받습니다.
                - 입실은 강의실 화면의 QR 코드 또는 6자리 코드로 합니다.
                - 실습 결과물은 '산출물 제출하기'에서 버전으로 올립니다.
                """, null);
    }

    void finished(UUID centerId, String cohortId, String instructorEmail, String acceptedEmail, String returnedEmail) {
        Caller instructor = caller(centerId, instructorEmail, Role.INSTRUCTOR);
        upload(
                caller(centerId, acceptedEmail, Role.LEARNER),
                "SUBMISSION",
                cohortId,
                "월간 물류 보고 자동화.md",
                """
                # 월간 물류 보고 자동화

                - 현장 문제: 월간 출고 보고서를 매달 6시간 동안 손으로 집계
                - 접근 방법: 출고 CSV를 피벗으로 집계하고 보고 문안을 생성형 AI로 초안 작성
                - 결과: 작성 시간 6시간 → 40분, 집계 오류 0건 (3개월)
                """,
                "최종본입니다.");
        review(instructor, cohortId, acceptedEmail, ReviewDecision.ACCEPTED, "현장 적용 결과가 분명합니다.");
        upload(caller(centerId, returnedEmail, Role.LEARNER), "SUBMISSION", cohortId, "재고 보고 개선.md", """
                # 재고 보고 개선

                - 현장 문제: 재고 보고 지연
                - 접근 방법: (작성 중)
                """, null);
        review(instructor, cohortId, returnedEmail, ReviewDecision.CHANGES_REQUESTED, "접근 방법과 전후 비교 수치를 채워 다시 올려 주세요.");
    }

    private void upload(Caller uploader, String scope, String scopeId, String name, String text, String note) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        materials.store(
                materials.prepare(uploader, scope, scopeId, name, note, String.valueOf(bytes.length)),
                new ByteArrayInputStream(bytes));
    }

    private void review(
            Caller instructor, String cohortId, String learnerEmail, ReviewDecision decision, String comment) {
        String learnerId = users.findByEmail(learnerEmail).orElseThrow().id();
        submissions.list(instructor, cohortId).stream()
                .filter(v -> v.learnerId().equals(learnerId))
                .findFirst()
                .ifPresent(v -> submissions.review(instructor, v.id(), new ReviewRequest(decision, comment)));
    }

    private Caller caller(UUID centerId, String email, Role role) {
        UserView user = users.findByEmail(email).orElseThrow();
        return new Caller(
                UUID.fromString(user.id()),
                centerId,
                user.companyId() == null ? null : UUID.fromString(user.companyId()),
                Set.of(role));
    }
}
