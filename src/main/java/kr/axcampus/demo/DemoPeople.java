package kr.axcampus.demo;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import kr.axcampus.common.Caller;
import kr.axcampus.common.Role;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;

/** The demo's people by e-mail, and each as the caller a service sees when they act: demo data is made by the people who would make it. */
@ApplicationScoped
class DemoPeople {
    private final UserService users;

    DemoPeople(UserService users) {
        this.users = users;
    }

    UserView person(String email) {
        return users.findByEmail(email).orElseThrow();
    }

    /** The person as their own token would carry them. */
    Caller as(String email, UUID centerId) {
        UserView person = person(email);
        return new Caller(
                UUID.fromString(person.id()),
                centerId,
                person.companyId() == null ? null : UUID.fromString(person.companyId()),
                Set.copyOf(person.roles().stream().map(Role::valueOf).toList()));
    }
}
