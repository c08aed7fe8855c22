package kr.axcampus.privacy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.quarkus.narayana.jta.QuarkusTransaction;

import kr.axcampus.access.Access;
import kr.axcampus.common.Caller;
import kr.axcampus.common.PersonalDataHolder;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;

/**
 * Erasing a person who left (PIPA), keeping the evidence of delivery a funder audits: the account
 * is pseudonymised and every holder removes what it does not keep, in one transaction; stored
 * files go once it committed. {@link Retention#RULE} says what stays.
 */
@ApplicationScoped
public class PersonalDataErasure {
    private final Instance<PersonalDataHolder> holders;
    private final UserService users;
    private final Access access;

    public PersonalDataErasure(Instance<PersonalDataHolder> holders, UserService users, Access access) {
        this.holders = holders;
        this.users = users;
        this.access = access;
    }

    /** The erased person as they are now known, and what the centre keeps of them. */
    public record Erased(String id, String name, boolean active, String retention) {}

    public Erased erase(Caller caller, String userId, String reason) {
        if (!access.operates(caller)) {
            throw Access.forbidden("erasing a person's data is for the centre's operators");
        }
        record Done(UserView person, List<Runnable> afterCommit) {}
        Done done = QuarkusTransaction.requiringNew().call(() -> {
            UserView person = users.erase(caller, userId, reason);
            UUID id = UUID.fromString(person.id());
            return new Done(person, holders.stream().map(h -> h.erase(id)).toList());
        });
        done.afterCommit().forEach(Runnable::run);
        return new Erased(
                done.person().id(), done.person().name(), done.person().active(), Retention.RULE);
    }
}
