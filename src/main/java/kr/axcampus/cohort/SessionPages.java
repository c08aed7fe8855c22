package kr.axcampus.cohort;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.cohort.dto.CancelSessionRequest;
import kr.axcampus.cohort.dto.SessionChangeView;
import kr.axcampus.cohort.dto.SessionForm;
import kr.axcampus.cohort.dto.SessionView;
import kr.axcampus.common.CentreTime;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.web.Dates;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;
import kr.axcampus.web.WorkMsg;

/** One session on the operator's pages: move it (with a reason the history keeps) or cancel it before it starts. */
@Path("/admin/sessions/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class SessionPages {
    private final SessionService sessions;
    private final CurrentCaller caller;
    private final CentreTime time;
    private final PageSupport page;

    public SessionPages(SessionService sessions, CurrentCaller caller, CentreTime time, PageSupport page) {
        this.sessions = sessions;
        this.caller = caller;
        this.time = time;
        this.page = page;
    }

    @CheckedTemplate(basePath = "CohortPages")
    static class Templates {
        static native TemplateInstance session(
                PageContext ctx,
                SessionView session,
                String cohortCode,
                SessionForm form,
                Feedback feedback,
                List<SessionChangeView> history,
                SessionKind[] kinds);
    }

    @GET
    @Operation(hidden = true)
    public Response edit(@PathParam("id") String id) {
        return render(id, null, Feedback.NONE, 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response update(@PathParam("id") String id, @BeanParam SessionForm form) {
        try {
            SessionView moved = sessions.update(caller.get(), id, form.toRequest(time.zone()));
            return page.redirect(
                    "/admin/cohorts/" + moved.cohortId() + "#sessions",
                    page.messages(WorkMsg.class)
                            .flash_session_changed(Dates.of(page.locale()).shortWhen(moved.startsAt())));
        } catch (ProblemException e) {
            return rejected(id, "session", e, form);
        }
    }

    @POST
    @Path("/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response cancel(@PathParam("id") String id, @FormParam("reason") String reason) {
        try {
            SessionView cancelled = sessions.cancel(caller.get(), id, new CancelSessionRequest(reason));
            return page.redirect(
                    "/admin/cohorts/" + cancelled.cohortId() + "#sessions",
                    page.messages(WorkMsg.class)
                            .flash_session_cancelled(Dates.of(page.locale()).shortWhen(cancelled.startsAt())));
        } catch (ProblemException e) {
            return rejected(id, "cancel", e, null);
        }
    }

    private Response rejected(String id, String panel, ProblemException e, SessionForm typed) {
        if (e.status() == 404) {
            throw e;
        }
        return render(id, typed, Feedback.problem(panel, e), e.status());
    }

    private Response render(String id, SessionForm typed, Feedback feedback, int status) {
        SessionContext context = sessions.context(caller.get(), id);
        SessionView session = sessions.view(caller.get(), id);
        return page.render(
                Templates.session(
                        page.context(),
                        session,
                        context.cohortCode(),
                        typed == null ? SessionForm.of(session, time.zone()) : typed,
                        feedback,
                        sessions.history(caller.get(), id),
                        SessionKind.values()),
                status);
    }
}
