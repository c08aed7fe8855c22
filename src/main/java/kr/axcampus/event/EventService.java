package kr.axcampus.event;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import kr.axcampus.access.Access;
import kr.axcampus.attendance.RotatingCodes;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.event.dto.EventRequest;
import kr.axcampus.event.dto.EventView;

/** Sharing events of a centre: held by its operators, seen by everyone signed in of the centre. */
@ApplicationScoped
public class EventService {
    private final Access access;
    private final EventViews views;
    private final RotatingCodes codes;
    private final Validator validator;
    private final EntityManager em;

    public EventService(Access access, EventViews views, RotatingCodes codes, Validator validator, EntityManager em) {
        this.access = access;
        this.views = views;
        this.codes = codes;
        this.validator = validator;
        this.em = em;
    }

    @Transactional
    public EventView create(Caller caller, EventRequest request) {
        if (!access.holdsEvents(caller)) {
            throw Access.forbidden("only the centre's operators hold sharing events");
        }
        validate(request);
        SharingEvent event = new SharingEvent();
        event.centerId = caller.centerId();
        event.title = request.title().trim();
        event.startsAt = request.startsAt().toInstant().truncatedTo(ChronoUnit.SECONDS);
        event.endsAt = request.endsAt().toInstant().truncatedTo(ChronoUnit.SECONDS);
        event.location = request.location().trim();
        event.capacity = request.capacity();
        event.secret = codes.newSecret();
        event.createdBy = caller.id();
        event.persist();
        return views.of(event, caller.id());
    }

    /** The centre's events, the latest start first (upcoming ones lead). */
    @Transactional
    public PageResult<EventView> list(Caller caller, PageRequest paging) {
        var query = SharingEvent.<SharingEvent>find(
                "centerId", Sort.descending("startsAt").and("id"), caller.centerId());
        long total = query.count();
        List<SharingEvent> events =
                query.page(Page.of(paging.page(), paging.size())).list();
        return new PageResult<>(views.of(events, caller.id()), paging.page(), paging.size(), total);
    }

    @Transactional
    public EventView get(Caller caller, String id) {
        return views.of(visible(caller, id), caller.id());
    }

    /** The event, if the caller's centre holds it; anything else is 404. */
    SharingEvent visible(Caller caller, String id) {
        SharingEvent event = Ids.parse(id)
                .map(uuid -> SharingEvent.<SharingEvent>findById(uuid))
                .orElse(null);
        if (event == null || !access.seesEvent(caller, event.centerId)) {
            throw ProblemException.notFound("event");
        }
        return event;
    }

    /**
     * The event, locked for the rest of the transaction (SELECT … FOR UPDATE): registrations and
     * cancellations of one event take turns, so seats are counted and handed on exactly once.
     */
    SharingEvent locked(Caller caller, String id) {
        SharingEvent event = visible(caller, id);
        em.refresh(event, LockModeType.PESSIMISTIC_WRITE);
        return event;
    }

    private void validate(EventRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "an event is required");
        }
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(request)));
        if (request.startsAt() != null
                && request.endsAt() != null
                && !request.endsAt().isAfter(request.startsAt())) {
            errors.add(FieldError.coded("endsAt", "date-order", "must be after startsAt"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
