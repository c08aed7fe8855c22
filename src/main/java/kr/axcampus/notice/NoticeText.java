package kr.axcampus.notice;

import java.time.Instant;
import java.util.Map;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import kr.axcampus.web.CoachMsg;
import kr.axcampus.web.Dates;
import kr.axcampus.web.NoticeMsg;

/**
 * A notice's title and text in the reader's language, written from its facts when it is shown or
 * sent (so an English reader of a Korean notice reads it in English).
 */
public final class NoticeText {
    private NoticeText() {}

    public record Text(String title, String body) {}

    public static NoticeMsg words(boolean english) {
        return MessageBundles.get(NoticeMsg.class, Localized.Literal.of(english ? "en" : "ko"));
    }

    public static Text of(NoticeKind kind, Map<String, String> facts, boolean english) {
        NoticeMsg msg = words(english);
        Dates dates = Dates.of(english ? "en" : "ko");
        String cohort = facts.getOrDefault("cohort", "");
        return switch (kind) {
            case SESSION_REMINDER -> {
                String course = english && !facts.getOrDefault("courseEn", "").isBlank()
                        ? facts.get("courseEn")
                        : facts.getOrDefault("course", "");
                String when = dates.when(instant(facts.get("startsAt")));
                yield new Text(
                        "hour".equals(facts.get("ahead"))
                                ? msg.reminder_soon_title(course)
                                : msg.reminder_title(course),
                        msg.reminder_body(cohort, when, facts.get("place")));
            }
            case AT_RISK ->
                "true".equals(facts.get("self"))
                        ? new Text(msg.at_risk_self_title(cohort), msg.at_risk_self_body(cohort))
                        : new Text(
                                msg.at_risk_staff_title(facts.get("learner"), cohort),
                                msg.at_risk_staff_body(facts.get("learner"), cohort));
            case DELIVERABLE_REVIEWED ->
                new Text(
                        msg.reviewed_title(cohort, facts.get("version")),
                        msg.reviewed_body("ACCEPTED".equals(facts.get("decision"))));
            case CORRECTION_DECIDED ->
                new Text(
                        msg.correction_title(cohort),
                        msg.correction_body(
                                dates.when(instant(facts.get("sessionAt"))),
                                "true".equals(facts.get("accepted")),
                                facts.get("reason")));
            case PRACTICE_LOG_DECIDED ->
                new Text(
                        msg.log_title(cohort),
                        msg.log_body(facts.get("minutes"), "true".equals(facts.get("approved")), facts.get("reason")));
            case COACHING_UPDATED ->
                new Text(
                        msg.coaching_title(facts.get("title")),
                        "coach".equals(facts.get("role"))
                                ? msg.coaching_coach_body()
                                : msg.coaching_body(
                                        MessageBundles.get(CoachMsg.class, Localized.Literal.of(english ? "en" : "ko"))
                                                .status(facts.get("status"))));
            case CERTIFICATE_READY ->
                new Text(msg.certificate_title(cohort), msg.certificate_body(facts.get("serial")));
        };
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
