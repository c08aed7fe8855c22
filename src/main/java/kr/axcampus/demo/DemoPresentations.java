package kr.axcampus.demo;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.bestpractice.Showcase;
import kr.axcampus.common.Caller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.event.EventCases;
import kr.axcampus.event.EventService;
import kr.axcampus.event.dto.CaseLinkRequest;
import kr.axcampus.event.dto.EventView;

/** The demo's published cases are presented at its sharing event, so the event page lists them. */
@ApplicationScoped
class DemoPresentations {
    private final EventService events;
    private final EventCases presented;
    private final Showcase showcase;
    private final DemoPeople people;

    DemoPresentations(EventService events, EventCases presented, Showcase showcase, DemoPeople people) {
        this.events = events;
        this.presented = presented;
        this.showcase = showcase;
        this.people = people;
    }

    /** Linked by the demo's operator account, who would do it (the start-up's own caller is nobody). */
    void load(UUID centerId) {
        Caller operator = people.as("admin@demo.axcampus.kr", centerId);
        var found = events.list(operator, PageRequest.of(0, 1));
        if (found.items().isEmpty()) {
            return;
        }
        EventView event = found.items().get(0);
        if (!presented.list(operator, event.id()).isEmpty()) {
            return;
        }
        showcase.list(new Showcase.Filter(null, null, null), PageRequest.of(0, 10))
                .items()
                .forEach(c -> presented.link(operator, event.id(), new CaseLinkRequest(c.id())));
    }
}
