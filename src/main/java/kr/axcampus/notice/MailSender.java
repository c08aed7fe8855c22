package kr.axcampus.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import kr.axcampus.common.Moment;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.Recipient;
import kr.axcampus.web.NoticeMsg;

/**
 * Sends the outbox's mail copies: every replica runs it, each claiming its own batch. A server
 * that is down delays mail (retried with a doubling wait) and loses none; an address the server
 * refuses, or the last attempt failing, marks the notice failed with the reason — never retried
 * forever.
 */
@ApplicationScoped
public class MailSender {
    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final int BATCH = 50;

    private final MailQueue queue;
    private final MailTransport transport;
    private final UserService users;
    private final NoticeSettings settings;

    public MailSender(MailQueue queue, MailTransport transport, UserService users, NoticeSettings settings) {
        this.queue = queue;
        this.transport = transport;
        this.users = users;
        this.settings = settings;
    }

    @Scheduled(
            every = "${axcampus.notice.send-every}",
            delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        sendDue(Moment.now());
    }

    /** Sends every mail due at {@code now}; answers how many were handled (sent, kept, failed or put back). */
    public int sendDue(Instant now) {
        queue.reclaimLapsed(now, settings.mail().claimLapse());
        int handled = 0;
        List<MailQueue.Claimed> batch;
        do {
            batch = queue.claim(now, BATCH);
            Map<UUID, Recipient> recipients = users.recipients(
                    batch.stream().map(MailQueue.Claimed::recipientId).toList());
            for (MailQueue.Claimed claimed : batch) {
                send(claimed, recipients.get(claimed.recipientId()));
            }
            handled += batch.size();
        } while (batch.size() == BATCH);
        return handled;
    }

    private void send(MailQueue.Claimed claimed, Recipient recipient) {
        if (recipient == null || !recipient.active() || recipient.email() == null) {
            queue.failed(claimed.id(), null, "the recipient is no longer active", Moment.now());
            return;
        }
        OutgoingMail mail = compose(claimed, recipient);
        try {
            transport.send(mail);
            queue.delivered(claimed.id(), transport.delivered(), mail, Moment.now());
        } catch (MailTransport.MailRefused refused) {
            queue.failed(claimed.id(), mail, refused.getMessage(), Moment.now());
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (claimed.attempts() >= settings.mail().maxAttempts()) {
                queue.failed(
                        claimed.id(),
                        mail,
                        "gave up after " + claimed.attempts() + " attempts: " + reason,
                        Moment.now());
            } else {
                Instant next = Moment.now().plus(wait(claimed.attempts()));
                queue.retry(claimed.id(), next, reason, Moment.now());
                LOG.infof("mail of notice %s not sent (%s); trying again at %s", claimed.id(), reason, next);
            }
        }
    }

    /** 30 s, 1 min, 2 min … up to the longest wait. */
    Duration wait(int attempts) {
        Duration wait = settings.mail().retryAfter();
        for (int i = 1; i < attempts && wait.compareTo(settings.mail().longestWait()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.mail().longestWait()) > 0
                ? settings.mail().longestWait()
                : wait;
    }

    private OutgoingMail compose(MailQueue.Claimed claimed, Recipient recipient) {
        NoticeText.Text text = NoticeText.of(claimed.kind(), claimed.facts(), recipient.english());
        NoticeMsg words = NoticeText.words(recipient.english());
        String base = settings.publicUrl().replaceAll("/+$", "");
        String body = text.title() + "\n\n" + text.body() + "\n\n" + words.mail_link(base + claimed.link())
                + "\n\n-- \n" + words.mail_footer(base + "/notices");
        return new OutgoingMail(claimed.id(), claimed.kind(), recipient.email(), text.title(), body);
    }
}
