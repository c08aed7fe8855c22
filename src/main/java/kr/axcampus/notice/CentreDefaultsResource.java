package kr.axcampus.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kr.axcampus.common.CurrentCaller;
import kr.axcampus.common.Roles;
import kr.axcampus.notice.dto.MailPreferences;

/** The centre's mail defaults (operators): what goes by mail to people who chose nothing themselves. */
@Path("/api/notice-defaults")
@Tag(name = "Notices")
@RolesAllowed({Roles.ADMIN, Roles.INSTRUCTOR, Roles.CEO, Roles.LEARNER})
public class CentreDefaultsResource {
    private final NoticeSettingsService settings;
    private final CurrentCaller caller;

    public CentreDefaultsResource(NoticeSettingsService settings, CurrentCaller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The centre's defaults: which kinds go by mail to people who chose nothing (operators)")
    public MailPreferences get() {
        return settings.centreDefaults(caller.get());
    }

    @PUT
    @Operation(summary = "Set the centre's defaults for the kinds named (operators)")
    public MailPreferences set(MailPreferences body) {
        return settings.setCentreDefaults(caller.get(), body);
    }
}
