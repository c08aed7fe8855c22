package kr.axcampus.privacy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.common.Caller;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Roles;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.web.FormErrors;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** The operator's page of the access log: whose data was read, by whom, when. */
@Path("/admin/personal-data")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class PrivacyPages {
    private final PrivacyService privacy;
    private final PersonalDataErasure erasure;
    private final UserService users;
    private final CurrentCaller caller;
    private final PageSupport page;

    public PrivacyPages(
            PrivacyService privacy,
            PersonalDataErasure erasure,
            UserService users,
            CurrentCaller caller,
            PageSupport page) {
        this.privacy = privacy;
        this.erasure = erasure;
        this.users = users;
        this.caller = caller;
        this.page = page;
    }

    /** The search as the form holds it: people by email, days as typed (empty when not given). */
    @TemplateData
    public record Search(String subject, String actor, String from, String to) {
        public Search {
            subject = subject == null ? "" : subject;
            actor = actor == null ? "" : actor;
            from = from == null ? "" : from;
            to = to == null ? "" : to;
        }

        String query() {
            StringBuilder query = new StringBuilder();
            for (var field : Map.of("subject", subject, "actor", actor, "from", from, "to", to)
                    .entrySet()) {
                if (!field.getValue().isBlank()) {
                    query.append('&')
                            .append(field.getKey())
                            .append('=')
                            .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
                }
            }
            return query.toString();
        }
    }

    /** One line of the log on the page: the first few people by name, and how many more. */
    @TemplateData
    public record Row(PersonalDataReads.Entry entry, String shown, int more) {
        static final int SHOWN = 5;

        static Row of(PersonalDataReads.Entry entry) {
            List<PersonalDataReads.Person> subjects = entry.subjects();
            String shown = subjects.stream()
                    .limit(SHOWN)
                    .map(PersonalDataReads.Person::name)
                    .collect(Collectors.joining(", "));
            return new Row(entry, shown, Math.max(0, subjects.size() - SHOWN));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reads(
                PageContext ctx,
                Search search,
                String query,
                PageResult<PersonalDataReads.Entry> reads,
                List<Row> rows,
                FormErrors errors);

        static native TemplateInstance erase(
                PageContext ctx, UserView person, String reason, FormErrors errors, String refusal);
    }

    /** What erasing the person removes and keeps, and the form that does it. */
    @GET
    @Path("/{userId}/erase")
    @Operation(hidden = true)
    public Response eraseForm(@PathParam("userId") String userId) {
        UserView person = users.get(caller.get(), userId);
        return page.render(Templates.erase(page.context(), person, "", FormErrors.NONE, null));
    }

    @POST
    @Path("/{userId}/erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response erase(@PathParam("userId") String userId, @FormParam("reason") String reason) {
        try {
            PersonalDataErasure.Erased erased = erasure.erase(caller.get(), userId, reason);
            return page.redirect("/admin/users/" + erased.id(), page.msg().flash_person_erased(erased.name()));
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            UserView person = users.get(caller.get(), userId);
            return page.render(
                    Templates.erase(
                            page.context(),
                            person,
                            reason == null ? "" : reason,
                            e.status() == 400 ? FormErrors.of(e) : FormErrors.NONE,
                            e.status() == 409 ? e.type() : null),
                    e.status());
        }
    }

    @GET
    @Operation(hidden = true)
    public Response reads(
            @QueryParam("subject") String subject,
            @QueryParam("actor") String actor,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") Integer pageNumber) {
        Caller me = caller.get();
        Search search = new Search(subject, actor, from, to);
        List<FieldError> errors = new ArrayList<>();
        String subjectId = personByEmail(me, "subject", subject, errors);
        String actorId = personByEmail(me, "actor", actor, errors);
        PageResult<PersonalDataReads.Entry> found = new PageResult<>(List.of(), 0, PageRequest.DEFAULT_SIZE, 0);
        FormErrors formErrors = FormErrors.NONE;
        try {
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            found = privacy.reads(
                    me,
                    new PrivacyService.ReadQuery(subjectId, actorId, from, to),
                    PageRequest.of(pageNumber, PageRequest.DEFAULT_SIZE));
        } catch (ProblemException e) {
            if (e.status() != 400) {
                throw e;
            }
            formErrors = FormErrors.of(e);
        }
        return page.render(
                Templates.reads(
                        page.context(),
                        search,
                        search.query(),
                        found,
                        found.items().stream().map(Row::of).toList(),
                        formErrors),
                formErrors.any() ? 400 : 200);
    }

    private String personByEmail(Caller me, String field, String email, List<FieldError> errors) {
        if (email == null || email.isBlank()) {
            return null;
        }
        UserView person = users.findByEmails(me.centerId(), List.of(email.strip()))
                .get(email.strip().toLowerCase(Locale.ROOT));
        if (person == null) {
            errors.add(FieldError.coded(field, "unknown-person", "no one of the centre has this email"));
            return null;
        }
        return person.id();
    }
}
