package kr.axcampus.coaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kr.axcampus.coaching.dto.CoachingSummary;
import kr.axcampus.coaching.dto.ServiceLevels;
import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.Roles;
import kr.axcampus.web.CoachMsg;
import kr.axcampus.web.PageContext;
import kr.axcampus.web.PageSupport;

/** The operators' coaching board: service levels, and every request of the centre with the overdue ones marked. */
@Path("/admin/coaching")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class CoachingAdminPages {
    private final CoachingBoard board;
    private final CurrentCaller caller;
    private final PageSupport page;

    public CoachingAdminPages(CoachingBoard board, CurrentCaller caller, PageSupport page) {
        this.board = board;
        this.caller = caller;
        this.page = page;
    }

    @CheckedTemplate(basePath = "CoachingPages")
    static class Templates {
        static native TemplateInstance board(
                PageContext ctx,
                ServiceLevels levels,
                PageResult<CoachingSummary> requests,
                List<String> statuses,
                String status,
                String pagerQuery,
                String hint);
    }

    @GET
    @Operation(hidden = true)
    public Response board(@QueryParam("status") String status, @QueryParam("page") Integer pageNumber) {
        ServiceLevels levels = board.levels(caller.get());
        String chosen = status == null || status.isBlank() ? "" : status;
        CoachMsg msg = page.messages(CoachMsg.class);
        return page.render(Templates.board(
                page.context(),
                levels,
                board.list(caller.get(), chosen, PageRequest.of(pageNumber, null)),
                List.of(CoachingStatus.values()).stream().map(Enum::name).toList(),
                chosen,
                chosen.isEmpty() ? "" : "status=" + URLEncoder.encode(chosen, StandardCharsets.UTF_8) + "&",
                msg.board_hint(hours(msg, levels.firstResponseWithin()), hours(msg, levels.endWithin()))));
    }

    private static String hours(CoachMsg msg, Duration duration) {
        return msg.board_hours(BigDecimal.valueOf(duration.toMinutes())
                .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros());
    }
}
