package kr.axcampus.notice;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;

/** Mail through Quarkus Mailer to the configured SMTP server ({@code quarkus.mailer.*}). */
class SmtpTransport implements MailTransport {
    static final String KIND_HEADER = "X-AXCampus-Notice";

    private final Mailer mailer;

    SmtpTransport(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public MailState delivered() {
        return MailState.SENT;
    }

    @Override
    public void send(OutgoingMail mail) throws MailRefused {
        try {
            mailer.send(Mail.withText(mail.to(), mail.subject(), mail.body())
                    .addHeader("Message-ID", "<notice-" + mail.noticeId() + "@axcampus>")
                    .addHeader(KIND_HEADER, mail.kind().name()));
        } catch (RuntimeException e) {
            SMTPException refusal = smtpCause(e);
            if (refusal != null && refusal.isPermanent()) {
                throw new MailRefused(refusal.getReplyCode() + " " + refusal.getReplyMessage());
            }
            throw e;
        }
    }

    private static SMTPException smtpCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp;
            }
        }
        return null;
    }
}
