package kr.axcampus.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.mailer.Mailer;

/** Chooses the mail adapter from {@code axcampus.notice.mail.transport}: local (the default) or smtp. */
@ApplicationScoped
class MailTransports {
    @Produces
    @ApplicationScoped
    MailTransport transport(NoticeSettings settings, Mailer mailer) {
        return switch (settings.mail().transport()) {
            case "smtp" -> new SmtpTransport(mailer);
            case "local" -> new LocalOutbox();
            default ->
                throw new IllegalStateException("axcampus.notice.mail.transport is local or smtp, not "
                        + settings.mail().transport());
        };
    }
}
