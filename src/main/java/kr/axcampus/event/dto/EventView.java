package kr.axcampus.event.dto;

import java.time.Instant;

import io.quarkus.qute.TemplateData;

import kr.axcampus.common.Moment;

/**
 * A sharing event with its counts (seats taken, people waiting, checked in) and the caller's own
 * {@code registration} (null when they have none).
 */
@TemplateData
public record EventView(
        String id,
        String title,
        Instant startsAt,
        Instant endsAt,
        String location,
        int capacity,
        long registered,
        long waiting,
        long checkedIn,
        RegistrationView registration) {

    /** Whether the event has ended: nobody registers any more. */
    public boolean over() {
        return !Moment.now().isBefore(endsAt);
    }

    /** A link to an online meeting rather than a place: the page makes it a link. */
    public boolean online() {
        return location.startsWith("https://") || location.startsWith("http://");
    }
}
