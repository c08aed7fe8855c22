package kr.axcampus.calendar;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import kr.axcampus.common.JsonRows;
import kr.axcampus.common.PersonalDataHolder;

/**
 * What calendar feeds hold about a person: whether they have a feed and since when. The export
 * leaves the token out (an operator hands the export over; the token would open the feed); erasure
 * removes the feed, so its address answers 404 like any unknown one.
 */
@ApplicationScoped
public class CalendarPersonalData implements PersonalDataHolder {
    private final CalendarFeeds feeds;
    private final EntityManager em;

    public CalendarPersonalData(CalendarFeeds feeds, EntityManager em) {
        this.feeds = feeds;
        this.em = em;
    }

    @Override
    public List<Part> export(UUID person) {
        return List.of(JsonRows.part(em, "calendarFeed", """
                SELECT created_at, updated_at AS address_changed_at
                FROM calendar_feed WHERE user_id = :person""", person));
    }

    @Override
    public Runnable erase(UUID person) {
        feeds.remove(person);
        return () -> {};
    }
}
