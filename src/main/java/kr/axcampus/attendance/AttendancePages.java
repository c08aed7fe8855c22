package kr.axcampus.attendance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

import kr.axcampus.attendance.dto.CorrectionRequestBody;
import kr.axcampus.attendance.dto.DecisionRequest;
import kr.axcampus.attendance.dto.HistoryEntry;
import kr.axcampus.attendance.dto.RecordView;
import kr.axcampus.attendance.dto.RollCallRequest;
import kr.axcampus.cohort.SessionContext;
import kr.axcampus.cohort.SessionService;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.ClientAddress;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Enums;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.material.MaterialService;
import kr.axcampus.material.dto.MaterialView;
import kr.axcampus.web.Dates;
import kr.axcampus.web.FormErrors;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;
import kr.axcampus.web.WorkMsg;

/** The learner's phone check-in page (also where the QR link lands) and the instructor's projector screen. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class AttendancePages {
    private final AttendanceService attendance;
    private final CheckInService checkIns;
    private final CorrectionService corrections;
    private final SessionService sessions;
    private final CentreTime time;
    private final CurrentCaller caller;
    private final PageSupport page;
    private final MaterialService materials;

    public AttendancePages(
            AttendanceService attendance,
            CheckInService checkIns,
            CorrectionService corrections,
            SessionService sessions,
            CentreTime time,
            CurrentCaller caller,
            PageSupport page,
            MaterialService materials) {
        this.materials = materials;
        this.attendance = attendance;
        this.checkIns = checkIns;
        this.corrections = corrections;
        this.sessions = sessions;
        this.time = time;
        this.caller = caller;
        this.page = page;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checkIn(
                PageContext ctx,
                SessionContext session,
                String code,
                boolean viaQr,
                String problem,
                boolean leavesEarly);

        static native TemplateInstance live(PageContext ctx, SessionContext session, LiveState state);

        static native TemplateInstance correction(
                PageContext ctx,
                SessionContext session,
                String userId,
                AttendanceStatus[] statuses,
                String selected,
                String reason,
                FormErrors errors);

        static native TemplateInstance edit(
                PageContext ctx,
                SessionContext session,
                RecordView record,
                List<HistoryEntry> history,
                AttendanceStatus[] statuses,
                String selected,
                String checkIn,
                String checkOut,
                FormErrors errors);
    }

    @GET
    @Path("/check-in/{id}")
    @Operation(hidden = true)
    public Response checkInPage(@PathParam("id") String id, @QueryParam("code") String code) {
        SessionContext session = sessions.context(caller.get(), id);
        boolean viaQr = code != null && !code.isBlank();
        return page.render(Templates.checkIn(
                page.context(), session, viaQr ? code : "", viaQr, null, checkIns.leavesEarlyNow(session)));
    }

    @POST
    @Path("/check-in/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response checkIn(
            @PathParam("id") String id,
            @FormParam("code") String code,
            @FormParam("method") String method,
            @FormParam("action") String action,
            @Context HttpServerRequest http) {
        SessionContext session = sessions.context(caller.get(), id);
        try {
            if ("out".equals(action)) {
                RecordView record = checkIns.checkOut(caller.get(), id, code, ClientAddress.of(http));
                return page.redirect("/check-in/" + id, page.msg().checkout_done(hm(record.creditedMinutes())));
            }
            RecordView record = checkIns.checkIn(
                    caller.get(),
                    id,
                    code,
                    "QR".equals(method) ? CheckInMethod.QR : CheckInMethod.CODE,
                    ClientAddress.of(http));
            Dates dates = Dates.of(page.locale());
            return page.redirect(
                    "/check-in/" + id,
                    page.messages(WorkMsg.class)
                            .flash_checked_in(
                                    dates.shortWhen(session.startsAt()),
                                    Dates.time(record.checkInAt()),
                                    page.msg().status(record.status().name())));
        } catch (ProblemException e) {
            return page.render(
                    Templates.checkIn(page.context(), session, "", false, e.type(), checkIns.leavesEarlyNow(session)),
                    e.status());
        }
    }

    @GET
    @Path("/sessions/{id}/live")
    @Operation(hidden = true)
    public Response live(@PathParam("id") String id) {
        SessionContext session = attendance.managed(caller.get(), id);
        return page.render(Templates.live(page.context(), session, checkIns.liveState(session)));
    }

    @POST
    @Path("/sessions/{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response close(@PathParam("id") String id) {
        SessionContext session = attendance.managed(caller.get(), id);
        attendance.close(caller.get(), id);
        return page.redirect("/cohorts/" + session.cohortId(), page.msg().live_close());
    }

    @POST
    @Path("/sessions/{id}/all-present")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response allPresent(@PathParam("id") String id) {
        SessionContext session = attendance.managed(caller.get(), id);
        // The button is offered only for sessions under way or held; anything else is answered by the error page.
        int marked = attendance.allPresent(caller.get(), id).size();
        return page.redirect(
                "/cohorts/" + session.cohortId() + "?session=" + id + "#roster",
                page.messages(WorkMsg.class)
                        .flash_all_present(Dates.of(page.locale()).shortWhen(session.startsAt()), marked));
    }

    @GET
    @Path("/sessions/{id}/correction")
    @Operation(hidden = true)
    public Response correctionForm(@PathParam("id") String id) {
        SessionContext session = sessions.context(caller.get(), id);
        return page.render(Templates.correction(
                page.context(),
                session,
                caller.get().id().toString(),
                AttendanceStatus.values(),
                "PRESENT",
                "",
                FormErrors.NONE));
    }

    @POST
    @Path("/sessions/{id}/correction")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response requestCorrection(
            @PathParam("id") String id,
            @RestForm("status") String status,
            @RestForm("reason") String reason,
            @RestForm("evidence") FileUpload evidence) {
        SessionContext session = sessions.context(caller.get(), id);
        String me = caller.get().id().toString();
        MaterialView stored = null;
        try {
            AttendanceStatus wanted = Enums.parse(AttendanceStatus.class, status, "status");
            // Who may ask is settled before any file is stored.
            corrections.requireOwnRecord(caller.get(), id);
            stored = materials.evidenceFromPage(caller.get(), session.cohortId(), evidence);
            corrections.request(
                    caller.get(),
                    id,
                    me,
                    new CorrectionRequestBody(wanted, null, null, reason, stored == null ? null : stored.id()));
            return page.redirect(
                    "/cohorts/" + session.cohortId() + "/me", page.msg().correction_sent());
        } catch (ProblemException e) {
            if (stored != null) {
                // The request was refused: the photo sent with it is not kept on its own.
                materials.delete(caller.get(), stored.id());
            }
            return page.render(
                    Templates.correction(
                            page.context(),
                            session,
                            me,
                            AttendanceStatus.values(),
                            status == null ? "" : status,
                            reason == null ? "" : reason,
                            FormErrors.of(e)),
                    e.status());
        }
    }

    @POST
    @Path("/correction-requests/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response decideCorrection(
            @PathParam("id") String id,
            @FormParam("decision") String decision,
            @FormParam("reason") String reason,
            @FormParam("cohortId") String cohortId) {
        DecisionRequest body = new DecisionRequest(reason);
        if ("accept".equals(decision)) {
            corrections.accept(caller.get(), id, body);
        } else {
            corrections.reject(caller.get(), id, body);
        }
        return page.redirect(
                "/cohorts/" + Ids.parse(cohortId).map(Object::toString).orElse(""),
                page.msg().correction_decided());
    }

    @GET
    @Path("/sessions/{id}/attendance/{userId}/edit")
    @Operation(hidden = true)
    public Response edit(@PathParam("id") String id, @PathParam("userId") String userId) {
        SessionContext session = attendance.managed(caller.get(), id);
        RecordView record = attendance.list(caller.get(), id).stream()
                .filter(r -> r.userId().equals(userId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("learner " + userId));
        return page.render(Templates.edit(
                page.context(),
                session,
                record,
                attendance.history(caller.get(), id, userId),
                AttendanceStatus.values(),
                record.status() == null ? "PRESENT" : record.status().name(),
                shown(record.checkInAt(), session.startsAt()),
                shown(record.checkOutAt(), session.endsAt()),
                FormErrors.NONE));
    }

    @POST
    @Path("/sessions/{id}/attendance/{userId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(
            @PathParam("id") String id,
            @PathParam("userId") String userId,
            @FormParam("status") String status,
            @FormParam("checkInAt") String checkIn,
            @FormParam("checkOutAt") String checkOut,
            @FormParam("reason") String reason) {
        SessionContext session = attendance.managed(caller.get(), id);
        RecordView before = attendance.list(caller.get(), id).stream()
                .filter(r -> r.userId().equals(userId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("learner " + userId));
        try {
            AttendanceStatus wanted = Enums.parse(AttendanceStatus.class, status, "status");
            attendance.rollCall(
                    caller.get(),
                    id,
                    userId,
                    new RollCallRequest(
                            wanted,
                            kept(checkIn, before.checkInAt(), "checkInAt"),
                            kept(checkOut, before.checkOutAt(), "checkOutAt"),
                            reason));
            return page.redirect("/cohorts/" + session.cohortId(), page.msg().edit_saved(before.name()));
        } catch (ProblemException e) {
            return page.render(
                    Templates.edit(
                            page.context(),
                            session,
                            before,
                            attendance.history(caller.get(), id, userId),
                            AttendanceStatus.values(),
                            status == null ? "" : status,
                            checkIn,
                            checkOut,
                            FormErrors.of(e)),
                    e.status());
        }
    }

    /** Times equal to the session's own start or end are left empty: the default credit. */
    private String shown(Instant at, Instant sessionDefault) {
        return at == null || at.equals(sessionDefault) ? "" : local(at);
    }

    /** An unchanged field keeps the recorded instant to the second; the form shows minutes only. */
    private OffsetDateTime kept(String value, Instant recorded, String field) {
        if (recorded != null && value != null && value.equals(local(recorded))) {
            return recorded.atOffset(ZoneOffset.UTC);
        }
        return instant(value, field);
    }

    /** {@code datetime-local} values are wall-clock times at the centre. */
    private OffsetDateTime instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(time.zone()).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(List.of(FieldError.coded(field, "invalid-date", "not a date and time")));
        }
    }

    private String local(Instant at) {
        return at == null
                ? ""
                : LocalDateTime.ofInstant(at, time.zone())
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString();
    }

    private String hm(int minutes) {
        return page.msg().duration(minutes / 60, minutes % 60);
    }
}
