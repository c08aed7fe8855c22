package kr.axcampus.demo;

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

    DemoPresentations(EventService events, EventCases presented, Showcase showcase) {
        this.events = events;
        this.presented = presented;
        this.showcase = showcase;
    }

    void load(Caller operator) {
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
