package kr.axcampus.identity.dto;

import java.util.Arrays;
import java.util.List;

import io.quarkus.qute.TemplateData;

import kr.axcampus.identity.User;

/** A person as the API shows them (never the password hash). */
@TemplateData
public record UserView(
        String id,
        String email,
        String name,
        List<String> roles,
        String companyId,
        String department,
        String jobTitle,
        boolean active) {

    public static UserView of(User u) {
        return new UserView(
                u.id.toString(),
                u.email,
                u.name,
                Arrays.asList(u.roles),
                u.companyId == null ? null : u.companyId.toString(),
                u.department,
                u.jobTitle,
                u.active);
    }
}
