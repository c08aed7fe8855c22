package kr.axcampus.notice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.access.Access;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.ProblemException;
import kr.axcampus.notice.dto.KindChoice;
import kr.axcampus.notice.dto.MailPreferences;

/**
 * The mail settings people and operators change: a person's own kinds, and the centre's defaults
 * (operators only). A kind that does not exist is named in the 400, and nothing is stored.
 */
@ApplicationScoped
public class NoticeSettingsService {
    private final MailChoices choices;
    private final Access access;

    public NoticeSettingsService(MailChoices choices, Access access) {
        this.choices = choices;
        this.access = access;
    }

    public MailPreferences mine(Caller caller) {
        return answer(choices.effective(caller.id(), caller.centerId()));
    }

    /** The caller's kinds in order, each with whether it also goes by mail: what the forms show. */
    public List<KindChoice> choices(Caller caller) {
        return choices(mine(caller));
    }

    static List<KindChoice> choices(MailPreferences preferences) {
        return Arrays.stream(NoticeKind.values())
                .map(kind -> new KindChoice(kind.name(), preferences.mail().get(kind.name())))
                .toList();
    }

    public MailPreferences choose(Caller caller, MailPreferences body) {
        choices.choose(caller.id(), kinds(body));
        return mine(caller);
    }

    public MailPreferences centreDefaults(Caller caller) {
        requireOperator(caller);
        return answer(choices.centreDefaults(caller.centerId()));
    }

    public MailPreferences setCentreDefaults(Caller caller, MailPreferences body) {
        requireOperator(caller);
        choices.setDefaults(caller.centerId(), kinds(body));
        return centreDefaults(caller);
    }

    private void requireOperator(Caller caller) {
        if (!access.operates(caller)) {
            throw Access.forbidden("the centre's defaults are set by its operators");
        }
    }

    /** The body's kinds, checked: {@code mail} present, every key a kind, every value true or false. */
    static Map<NoticeKind, Boolean> kinds(MailPreferences body) {
        if (body == null || body.mail() == null) {
            throw ProblemException.invalid(
                    List.of(FieldError.coded("mail", "required", "mail is required: {kind: true|false}")));
        }
        List<FieldError> errors = new ArrayList<>();
        Map<NoticeKind, Boolean> kinds = new EnumMap<>(NoticeKind.class);
        body.mail().forEach((name, wanted) -> {
            NoticeKind kind = kindOf(name);
            if (kind == null) {
                errors.add(FieldError.coded(
                        "mail." + name,
                        "unknown-kind",
                        "unknown notice kind " + name + "; one of " + List.of(NoticeKind.values())));
            } else if (wanted == null) {
                errors.add(FieldError.coded("mail." + name, "required", "true or false"));
            } else {
                kinds.put(kind, wanted);
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return kinds;
    }

    private static NoticeKind kindOf(String name) {
        for (NoticeKind kind : NoticeKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    private static MailPreferences answer(Map<NoticeKind, Boolean> kinds) {
        Map<String, Boolean> mail = new LinkedHashMap<>();
        kinds.forEach((kind, wanted) -> mail.put(kind.name(), wanted));
        return new MailPreferences(mail);
    }
}
