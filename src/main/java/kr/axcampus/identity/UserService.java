package kr.axcampus.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.access.ReadKind;
import kr.axcampus.common.Caller;
import kr.axcampus.common.ClusterLock;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.PageRequest;
import kr.axcampus.common.PageResult;
import kr.axcampus.common.ProblemException;
import kr.axcampus.common.Role;
import kr.axcampus.identity.dto.Recipient;
import kr.axcampus.identity.dto.StatusChange;
import kr.axcampus.identity.dto.UserRequest;
import kr.axcampus.identity.dto.UserView;
import kr.axcampus.organization.CompanyService;

/** People of the caller's centre: operators manage them; everyone reads themself. */
@ApplicationScoped
public class UserService {
    private final ClusterLock clusterLock;
    private final CompanyService companies;
    private final IdentityConfig config;
    private final Validator validator;
    private final TokenRevocation revocation;
    private final PersonalDataReads reads;

    public UserService(
            CompanyService companies,
            IdentityConfig config,
            Validator validator,
            ClusterLock clusterLock,
            TokenRevocation revocation,
            PersonalDataReads reads) {
        this.clusterLock = clusterLock;
        this.reads = reads;
        this.companies = companies;
        this.config = config;
        this.validator = validator;
        this.revocation = revocation;
    }

    public PageResult<UserView> list(Caller caller, PageRequest page, String companyId) {
        var query = companyId == null
                ? User.<User>find("centerId = ?1", Sort.by("name").and("id"), caller.centerId())
                : User.<User>find(
                        "centerId = ?1 and companyId = ?2",
                        Sort.by("name").and("id"),
                        caller.centerId(),
                        Ids.parse(companyId).orElse(null));
        query.page(Page.of(page.page(), page.size()));
        List<User> found = query.list();
        reads.record(
                caller, ReadKind.PEOPLE, null, found.stream().map(u -> u.id).toList());
        return new PageResult<>(found.stream().map(UserView::of).toList(), page.page(), page.size(), query.count());
    }

    public UserView get(Caller caller, String id) {
        User user = inCenter(caller, id);
        reads.record(caller, ReadKind.PROFILE, user.id, List.of(user.id));
        return UserView.of(user);
    }

    public Optional<UserView> findById(UUID id) {
        return User.<User>findByIdOptional(id).map(UserView::of);
    }

    /** A person by sign-in email (any case), for start-up data. */
    public Optional<UserView> findByEmail(String email) {
        return Optional.ofNullable(User.findByEmail(email)).map(UserView::of);
    }

    /** People of the centre by sign-in email (any case), in one query; keyed by the lower-cased email. */
    public Map<String, UserView> findByEmails(UUID centerId, Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        List<String> lower = emails.stream()
                .map(e -> e.trim().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        return User.<User>list("centerId = ?1 and lower(email) in ?2", centerId, lower).stream()
                .collect(Collectors.toMap(u -> u.email.toLowerCase(Locale.ROOT), UserView::of));
    }

    /** Learners of a company (optionally one department), for enrolling a whole team. */
    public List<UserView> employees(UUID centerId, UUID companyId, String department) {
        String query = "centerId = ?1 and companyId = ?2";
        List<Object> params = new ArrayList<>(List.of(centerId, companyId));
        if (department != null && !department.isBlank()) {
            query += " and department = ?3";
            params.add(department.trim());
        }
        return User.<User>list(query, Sort.by("name").and("id"), params.toArray()).stream()
                .map(UserView::of)
                .filter(u -> u.roles().contains(Role.LEARNER.name()))
                .toList();
    }

    /** The active people of the centre who hold a role, by name: the instructors a cohort can be given. */
    @SuppressWarnings("unchecked")
    public List<UserView> withRole(UUID centerId, Role role) {
        List<User> found = User.getEntityManager()
                .createNativeQuery(
                        "SELECT * FROM app_user WHERE center_id = ?1 AND ?2 = ANY (roles) AND active"
                                + " ORDER BY name, id",
                        User.class)
                .setParameter(1, centerId)
                .setParameter(2, role.name())
                .getResultList();
        return found.stream().map(UserView::of).toList();
    }

    /** A person of the centre, for other features; empty when the id is of another centre. */
    public Optional<UserView> findInCenter(UUID centerId, UUID id) {
        return User.<User>findByIdOptional(id)
                .filter(u -> u.centerId.equals(centerId))
                .map(UserView::of);
    }

    /**
     * An active person as a caller, for work done for them without their token (their calendar feed
     * is fetched by a calendar app holding only its secret URL); empty when deactivated or unknown.
     */
    public Optional<Caller> activeCaller(UUID id) {
        return User.<User>findByIdOptional(id).filter(u -> u.active).map(u -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            Arrays.stream(u.roles).map(Role::parse).filter(Objects::nonNull).forEach(roles::add);
            return new Caller(u.id, u.centerId, u.companyId, Set.copyOf(roles));
        });
    }

    /** Several people of the centre in one query, by id. */
    public Map<UUID, UserView> findAllInCenter(UUID centerId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return User.<User>list("centerId = ?1 and id in ?2", centerId, List.copyOf(new LinkedHashSet<>(ids))).stream()
                .collect(Collectors.toMap(u -> u.id, UserView::of));
    }

    @Transactional
    public UserView create(Caller caller, UserRequest request) {
        List<FieldError> errors = check(caller.centerId(), request, true, null);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ensureEmailFree(request.email(), null);
        return UserView.of(persistNew(caller.centerId(), request));
    }

    @Transactional
    public UserView update(Caller caller, String id, UserRequest request) {
        User user = inCenter(caller, id);
        refuseErased(user);
        List<FieldError> errors = check(caller.centerId(), request, false, user.id);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        ensureEmailFree(request.email(), user.id);
        Set<String> rolesBefore = Set.of(user.roles);
        UUID companyBefore = user.companyId;
        apply(user, request);
        if (!rolesBefore.equals(Set.of(user.roles)) || !Objects.equals(companyBefore, user.companyId)) {
            // Tokens carry roles and company: those issued before the change must not outlive it.
            revoke(user);
        }
        return UserView.of(user);
    }

    /** The person cannot sign in any more, and every token they hold is refused within seconds. */
    @Transactional
    public UserView deactivate(Caller caller, String id, String reason) {
        User user = inCenter(caller, id);
        String why = requireReason(reason);
        if (user.id.equals(caller.id())) {
            throw ProblemException.conflict("own-account", "operators cannot deactivate themselves", "id");
        }
        if (user.active) {
            user.active = false;
            revoke(user);
            record(user, caller, UserStatusEvent.Change.DEACTIVATED, why);
        }
        return UserView.of(user);
    }

    @Transactional
    public UserView reactivate(Caller caller, String id, String reason) {
        User user = inCenter(caller, id);
        refuseErased(user);
        String why = requireReason(reason);
        if (!user.active) {
            user.active = true;
            revocation.forget(user.id);
            record(user, caller, UserStatusEvent.Change.REACTIVATED, why);
        }
        return UserView.of(user);
    }

    /** The pseudonym an erased person goes by: no name, only a short part of their id. */
    /** The domain of an erased person's email: {@code .invalid} is never a real one (RFC 2606). */
    private static final String ERASED_DOMAIN = "@erased.invalid";

    static String pseudonym(UUID person) {
        return "#" + person.toString().substring(0, 8);
    }

    /**
     * Erases the account (PIPA): name, email, department and job title are replaced by a
     * pseudonym, the password by one nobody knows, and the person is deactivated for good; the
     * id, roles and company stay, so what is kept as evidence still adds up per company.
     */
    @Transactional
    public UserView erase(Caller caller, String id, String reason) {
        User user = inCenter(caller, id);
        String why = requireReason(reason);
        if (user.id.equals(caller.id())) {
            throw ProblemException.conflict("own-account", "operators cannot erase themselves", "id");
        }
        refuseErased(user);
        user.name = pseudonym(user.id);
        user.email = "erased-" + user.id + ERASED_DOMAIN;
        user.department = null;
        user.jobTitle = null;
        user.passwordHash = BcryptUtil.bcryptHash(UUID.randomUUID().toString());
        user.active = false;
        revoke(user);
        record(user, caller, UserStatusEvent.Change.ERASED, why);
        return UserView.of(user);
    }

    /** An erased account stays erased: it is neither edited nor reactivated. */
    private static void refuseErased(User user) {
        if (user.email.endsWith(ERASED_DOMAIN)) {
            throw ProblemException.conflict("erased", "this person's data was erased; the account cannot change", "id");
        }
    }

    /** Who deactivated or reactivated the person, when and why, oldest first. */
    public List<StatusChange> history(Caller caller, String id) {
        User user = inCenter(caller, id);
        List<UserStatusEvent> events =
                UserStatusEvent.list("userId", Sort.by("createdAt").and("id"), user.id);
        reads.record(caller, ReadKind.ACCOUNT_HISTORY, user.id, List.of(user.id));
        Map<UUID, UserView> actors = findAllInCenter(
                caller.centerId(),
                events.stream().map(e -> e.actorId).filter(Objects::nonNull).toList());
        return events.stream()
                .map(e -> new StatusChange(
                        e.createdAt,
                        e.change.name(),
                        e.reason,
                        e.actorId == null ? null : e.actorId.toString(),
                        actors.containsKey(e.actorId) ? actors.get(e.actorId).name() : null))
                .toList();
    }

    /** Signing out ends every session of the person: their tokens are refused from now on. */
    /**
     * The people notices go to, found in one query wherever their centre: address, name,
     * language and whether they are still active (a deactivated person is told nothing).
     */
    public Map<UUID, Recipient> recipients(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return User.<User>list("id in ?1", List.copyOf(new LinkedHashSet<>(ids))).stream()
                .collect(Collectors.toMap(
                        u -> u.id, u -> new Recipient(u.id, u.centerId, u.email, u.name, u.language, u.active)));
    }

    /** Remembers the language a signed-in person chose on the pages, for what is sent to them later. */
    @Transactional
    public void chooseLanguage(UUID person, String language) {
        User user = User.findById(person);
        if (user != null && !language.equals(user.language)) {
            user.language = language;
        }
    }

    @Transactional
    public void signOut(UUID person) {
        User user = User.findById(person);
        if (user != null) {
            revoke(user);
        }
    }

    private void revoke(User user) {
        user.tokenVersion++;
        revocation.forget(user.id);
    }

    private static void record(User user, Caller caller, UserStatusEvent.Change change, String reason) {
        UserStatusEvent event = new UserStatusEvent();
        event.userId = user.id;
        event.actorId = caller.id();
        event.change = change;
        event.reason = reason;
        event.persist();
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "say why, for the account's history");
        }
        if (reason.strip().length() > 500) {
            throw ProblemException.invalid("reason", "at most 500 characters");
        }
        return reason.strip();
    }

    /** Creates an account at start-up (bootstrap admin, demo data); false when the email exists. */
    @Transactional
    public boolean createIfAbsent(UUID centerId, String email, String name, List<Role> roles, String password) {
        return createIfAbsent(
                centerId,
                new UserRequest(email, name, roles.stream().map(Role::name).toList(), null, null, null, password));
    }

    @Transactional
    public boolean createIfAbsent(UUID centerId, UserRequest request) {
        if (User.findByEmail(request.email()) != null) {
            return false;
        }
        // Start-up accounts (bootstrap operator, demo): replicas starting together take turns.
        clusterLock.serializeStartup();
        if (User.findByEmail(request.email()) != null) {
            return false;
        }
        List<FieldError> errors = check(centerId, request, true, null);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("invalid account " + request.email() + ": " + errors);
        }
        persistNew(centerId, request);
        return true;
    }

    /**
     * Every problem of one request, without throwing, so that an import can
     * report all rows at once: shape (bean validation), roles, company, password.
     */
    List<FieldError> check(UUID centerId, UserRequest request, boolean creating, UUID exceptId) {
        if (request == null) {
            return List.of(new FieldError("body", "a user is required"));
        }
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(FieldError.of(validator.validate(request)));
        Set<Role> roles = parseRoles(request.roles(), errors);
        boolean needsCompany = roles.contains(Role.CEO) || roles.contains(Role.LEARNER);
        if (request.companyId() != null && !request.companyId().isBlank()) {
            boolean known = Ids.parse(request.companyId())
                    .flatMap(id -> companies.findInCenter(centerId, id))
                    .isPresent();
            if (!known) {
                errors.add(FieldError.coded("companyId", "unknown-company", "no such partner company"));
            }
        } else if (needsCompany) {
            errors.add(FieldError.coded("companyId", "company-required", "required for learners and CEOs"));
        }
        if (creating) {
            String password = request.password();
            if (password == null || password.length() < config.minPasswordLength()) {
                errors.add(FieldError.coded(
                        "password",
                        "password-too-short",
                        "at least " + config.minPasswordLength() + " characters are required"));
            }
        }
        return errors;
    }

    boolean emailTaken(String email, UUID exceptId) {
        User other = User.findByEmail(email);
        return other != null && !other.id.equals(exceptId);
    }

    User persistNew(UUID centerId, UserRequest request) {
        User user = new User();
        user.centerId = centerId;
        user.passwordHash = BcryptUtil.bcryptHash(request.password());
        apply(user, request);
        user.persist();
        return user;
    }

    private void ensureEmailFree(String email, UUID exceptId) {
        if (emailTaken(email, exceptId)) {
            throw ProblemException.conflict(
                    "duplicate-email", "a user with email " + email + " already exists", "email");
        }
    }

    private User inCenter(Caller caller, String id) {
        return Ids.parse(id)
                .map(uuid -> User.<User>findById(uuid))
                .filter(u -> u.centerId.equals(caller.centerId()))
                .orElseThrow(() -> ProblemException.notFound("user " + id));
    }

    private static void apply(User user, UserRequest request) {
        user.email = request.email().trim();
        user.name = request.name().trim();
        user.roles = parseRoles(request.roles(), new ArrayList<>()).stream()
                .map(Role::name)
                .toArray(String[]::new);
        user.companyId = Ids.parse(request.companyId()).orElse(null);
        user.department = blankToNull(request.department());
        user.jobTitle = blankToNull(request.jobTitle());
    }

    private static Set<Role> parseRoles(List<String> names, List<FieldError> errors) {
        Set<Role> roles = new LinkedHashSet<>();
        if (names == null) {
            return roles;
        }
        for (String name : names) {
            Role role = Role.parse(name);
            if (role == null) {
                errors.add(FieldError.coded(
                        "roles", "unknown-value", "unknown role '" + name + "'; one of " + List.of(Role.values())));
            } else {
                roles.add(role);
            }
        }
        return roles;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
