package kr.axcampus.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.common.Caller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.event.EventRegistrations;
import kr.axcampus.event.EventService;
import kr.axcampus.event.dto.EventRequest;

/**
 * Stage 3 of the demo: an upcoming sharing event, full, with one demo learner on its waiting list.
 * Made once, through the services, by the demo operator and the people who register.
 */
@ApplicationScoped
class DemoEvents {
    private final EventService events;
    private final EventRegistrations registrations;
    private final DemoPeople people;

    DemoEvents(EventService events, EventRegistrations registrations, DemoPeople people) {
        this.events = events;
        this.registrations = registrations;
        this.people = people;
    }

    void load(UUID centerId, LocalDate today, ZoneId zone) {
        Caller operator = people.as("admin@demo.axcampus.kr", centerId);
        if (events.list(operator, PageRequest.of(0, 1)).total() > 0) {
            return;
        }
        OffsetDateTime start =
                today.plusDays(10).atTime(LocalTime.of(14, 0)).atZone(zone).toOffsetDateTime();
        String event = events.create(
                        operator, new EventRequest("제조 현장 AI 우수사례 공유회", start, start.plusHours(2), "AX 캠퍼스 대강당", 3))
                .id();
        for (String email : List.of(
                "learner1@daehan.demo.axcampus.kr",
                "ceo@daehan.demo.axcampus.kr",
                "learner3@saesol.demo.axcampus.kr",
                "learner4@saesol.demo.axcampus.kr")) {
            registrations.register(people.as(email, centerId), event);
        }
    }
}
