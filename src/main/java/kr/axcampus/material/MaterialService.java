package kr.axcampus.material;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

import kr.axcampus.access.Access;
import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.access.ReadKind;
import kr.axcampus.catalog.CatalogService;
import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.Ids;
import kr.axcampus.common.Moment;
import kr.axcampus.common.ProblemException;
import kr.axcampus.material.dto.MaterialView;
import kr.axcampus.storage.Download;
import kr.axcampus.storage.ObjectStorage;
import kr.axcampus.storage.StorageConfig;

/**
 * Materials: files in object storage under keys the app chooses, typed by their bytes,
 * readable only within their scope, delivered by short-lived links the storage signs.
 */
@ApplicationScoped
public class MaterialService {
    private static final Logger LOG = Logger.getLogger(MaterialService.class);

    private final ObjectStorage storage;
    private final StorageConfig config;
    private final TypeSniffer sniffer;
    private final MaterialRights rights;
    private final CatalogService catalog;
    private final Event<MaterialStored> stored;
    private final Access access;
    private final PersonalDataReads reads;

    public MaterialService(
            ObjectStorage storage,
            StorageConfig config,
            TypeSniffer sniffer,
            MaterialRights rights,
            CatalogService catalog,
            Event<MaterialStored> stored,
            Access access,
            PersonalDataReads reads) {
        this.stored = stored;
        this.access = access;
        this.reads = reads;
        this.storage = storage;
        this.config = config;
        this.sniffer = sniffer;
        this.rights = rights;
        this.catalog = catalog;
    }

    /**
     * Checks, before any byte is stored, that the caller may upload into this scope; the plan
     * names the object key the bytes will go to.
     */
    @Transactional
    public UploadPlan prepare(
            Caller caller, String scopeName, String scopeId, String fileName, String note, String declaredSize) {
        MaterialScope scope = scope(scopeName, scopeId);
        Long size = declaredSize(declaredSize);
        rights.requireWrite(caller, scope, scopeId);
        String key =
                scope.name().toLowerCase() + "/" + scopeId.replaceAll("[^A-Za-z0-9-]", "_") + "/" + UUID.randomUUID();
        return new UploadPlan(
                caller,
                scope,
                scopeId,
                FileNames.clean(fileName),
                key,
                note == null || note.isBlank() ? null : note.strip(),
                size);
    }

    /**
     * Streams an upload to storage while hashing and counting it, after its first bytes proved
     * an allowed type; then records it. Nothing is kept when any step fails: a partial or orphaned
     * object is removed again.
     */
    public MaterialView store(UploadPlan plan, InputStream content) {
        LimitedDigestStream counted = new LimitedDigestStream(content, config.maxUploadSize());
        BufferedInputStream buffered = new BufferedInputStream(counted, TypeSniffer.HEAD_BYTES);
        String type = allowedType(plan, buffered);
        try {
            storage.put(plan.key(), buffered, plan.size() == null ? -1 : plan.size(), type);
            if (plan.size() != null && counted.count() != plan.size()) {
                throw sizeMismatch(plan.size());
            }
        } catch (RuntimeException e) {
            removeQuietly(plan.key());
            if (counted.tooLarge()) {
                throw tooLarge();
            }
            throw plan.size() != null && counted.differsFrom(plan.size()) ? sizeMismatch(plan.size()) : e;
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> persist(plan, type, counted.count(), counted.sha256()));
        } catch (RuntimeException e) {
            removeQuietly(plan.key());
            throw e;
        }
    }

    /**
     * Keeps a file the application made for the caller (a signed-off diagnosis report) in a scope they
     * can see; unlike an upload, their right to add files is not asked. The caller's centre owns it.
     */
    public MaterialView keepMade(Caller caller, MaterialScope scope, String scopeId, String fileName, byte[] bytes) {
        String key =
                scope.name().toLowerCase() + "/" + scopeId.replaceAll("[^A-Za-z0-9-]", "_") + "/" + UUID.randomUUID();
        UploadPlan plan =
                new UploadPlan(caller, scope, scopeId, FileNames.clean(fileName), key, null, (long) bytes.length);
        return store(plan, new ByteArrayInputStream(bytes));
    }

    private Long declaredSize(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        long size;
        try {
            size = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("size", "the file's size in bytes, a whole number");
        }
        if (size < 0) {
            throw ProblemException.invalid("size", "the file's size in bytes, a whole number");
        }
        if (size > config.maxUploadSize()) {
            throw tooLarge();
        }
        return size;
    }

    private static ProblemException sizeMismatch(long declared) {
        return ProblemException.invalid("size", "the file part does not have the declared " + declared + " bytes");
    }

    public ProblemException tooLarge() {
        return new ProblemException(
                413,
                "too-large",
                "File too large",
                "files may be at most " + config.maxUploadSize() / (1024 * 1024) + " MiB",
                null);
    }

    public long maxUploadSize() {
        return config.maxUploadSize();
    }

    public List<MaterialView> list(Caller caller, String scopeName, String scopeId) {
        MaterialScope scope = scope(scopeName, scopeId);
        boolean seesAll = rights.requireListing(caller, scope, scopeId);
        String query = "centerId = ?1 and scope = ?2 and scopeId = ?3 and deletedAt is null";
        List<Material> found = !seesAll
                ? Material.list(
                        query + " and uploaderId = ?4",
                        Sort.by("createdAt"),
                        caller.centerId(),
                        scope,
                        scopeId,
                        caller.id())
                : Material.list(query, Sort.by("createdAt"), caller.centerId(), scope, scopeId);
        return found.stream().map(MaterialView::of).toList();
    }

    /** A course's own and its modules' materials in one query, by scope id; empty for those who may not read it. */
    public Map<String, List<MaterialView>> forCourse(Caller caller, String courseCode) {
        if (!catalog.canReadLessons(caller, courseCode)) {
            return Map.of();
        }
        List<Material> found = Material.list(
                "centerId = ?1 and deletedAt is null and ((scope = ?2 and scopeId = ?3)"
                        + " or (scope = ?4 and scopeId like ?5))",
                Sort.by("createdAt"),
                caller.centerId(),
                MaterialScope.COURSE,
                courseCode,
                MaterialScope.MODULE,
                courseCode + "/%");
        return found.stream()
                .collect(Collectors.groupingBy(
                        m -> m.scopeId, LinkedHashMap::new, Collectors.mapping(MaterialView::of, Collectors.toList())));
    }

    /** Whether the caller may upload into the scope (for pages deciding to offer the upload). */
    public boolean mayUpload(Caller caller, String scopeName, String scopeId) {
        try {
            rights.requireWrite(caller, scope(scopeName, scopeId), scopeId);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    /** Whether the caller may remove the material from listings: its uploader or an operator. */
    public boolean mayDelete(Caller caller, MaterialView material) {
        return access.mayRemove(caller, UUID.fromString(material.uploaderId()));
    }

    /** Materials by id, in one query, leaving out removed ones; for features that list their files. */
    public Map<UUID, MaterialView> describe(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Material.<Material>list("id in ?1 and deletedAt is null", ids).stream()
                .collect(Collectors.toMap(m -> m.id, MaterialView::of));
    }

    /**
     * A photo or document a learner sent with a page's form (a correction request, a practice log),
     * stored in the cohort's EVIDENCE scope; null when no file was chosen. A file of the wrong kind
     * or size is the form's {@code evidenceMaterialId} problem, said beside its field.
     */
    public MaterialView evidenceFromPage(Caller caller, UUID cohortId, FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return null;
        }
        UploadPlan plan = prepare(
                caller,
                MaterialScope.EVIDENCE.name(),
                cohortId.toString(),
                file.fileName(),
                null,
                Long.toString(file.size()));
        try (InputStream bytes = Files.newInputStream(file.uploadedFile())) {
            return store(plan, bytes);
        } catch (ProblemException refused) {
            if (refused.status() == 415 || refused.status() == 413) {
                throw ProblemException.invalid(List.of(FieldError.coded(
                        "evidenceMaterialId",
                        refused.status() == 415 ? "unsupported-type" : "too-large",
                        refused.getMessage())));
            }
            throw refused;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The id of evidence the caller attaches to a request of theirs in the cohort: it must be a file
     * they uploaded to the cohort's EVIDENCE scope and not removed. Anything else is a 400 naming the
     * field, with the same answer for an id that does not exist and one that is someone else's.
     */
    public UUID requireOwnEvidence(Caller caller, String materialId, UUID cohortId, String field) {
        UUID id = Ids.parse(materialId)
                .orElseThrow(() -> ProblemException.invalid(List.of(FieldError.coded(field, "invalid", "not an id"))));
        Material material = Material.findById(id);
        boolean own = material != null
                && material.deletedAt == null
                && material.uploaderId.equals(caller.id())
                && material.scope == MaterialScope.EVIDENCE
                && cohortId.toString().equals(material.scopeId);
        if (!own) {
            throw ProblemException.invalid(
                    List.of(
                            FieldError.coded(
                                    field,
                                    "not-your-evidence",
                                    "no evidence of yours in this cohort has this id; upload it with scope EVIDENCE and the cohort's id")));
        }
        return id;
    }

    /** The short-lived link to the bytes; 404 outside the caller's scope. */
    public URI content(Caller caller, String id) {
        Material material = visible(caller, id);
        if (material.scope == MaterialScope.SUBMISSION || material.scope == MaterialScope.EVIDENCE) {
            // A deliverable or a piece of evidence is its learner's: reading it is reading their data.
            ReadKind kind = material.scope == MaterialScope.SUBMISSION ? ReadKind.DELIVERABLES : ReadKind.EVIDENCE;
            reads.record(caller, kind, material.id, List.of(material.uploaderId));
        }
        return storage.downloadUrl(
                material.objectKey, new Download(material.name, material.contentType, config.downloadLinkLifetime()));
    }

    @Transactional
    public void delete(Caller caller, String id) {
        Material material = visible(caller, id);
        if (!access.mayRemove(caller, material.uploaderId)) {
            throw Access.forbidden("only the uploader or an operator may delete");
        }
        Material managed = Material.findById(material.id);
        managed.deletedAt = Moment.now();
        managed.deletedBy = caller.id();
    }

    private Material visible(Caller caller, String id) {
        Material material = Ids.parse(id)
                .map(uuid -> Material.<Material>findById(uuid))
                .filter(m -> m.deletedAt == null && m.centerId.equals(caller.centerId()))
                .orElse(null);
        if (material == null) {
            throw ProblemException.notFound("material " + id);
        }
        rights.requireRead(caller, material.scope, material.scopeId, material);
        return material;
    }

    private MaterialView persist(UploadPlan plan, String type, long size, String sha256) {
        Material material = new Material();
        material.centerId = plan.caller().centerId();
        material.scope = plan.scope();
        material.scopeId = plan.scopeId();
        material.name = plan.name();
        material.contentType = type;
        material.sizeBytes = size;
        material.sha256 = sha256;
        material.objectKey = plan.key();
        material.uploaderId = plan.caller().id();
        material.persist();
        stored.fire(new MaterialStored(material.id, plan.caller(), plan.scope(), plan.scopeId(), plan.note()));
        return MaterialView.of(material);
    }

    private String allowedType(UploadPlan plan, BufferedInputStream content) {
        String type;
        try {
            type = sniffer.detect(content, plan.name());
        } catch (IOException e) {
            throw ProblemException.invalid("file", "the upload could not be read");
        }
        AllowedTypes.check(type, plan.scope());
        return type;
    }

    private void removeQuietly(String key) {
        try {
            storage.remove(key);
        } catch (RuntimeException e) {
            LOG.warnf(
                    "could not remove the partial object %s; it stays in storage as an orphan: %s",
                    key, e.getMessage());
        }
    }

    private static MaterialScope scope(String scopeName, String scopeId) {
        List<FieldError> errors = new ArrayList<>();
        MaterialScope scope = null;
        try {
            scope = MaterialScope.valueOf(scopeName == null ? "" : scopeName.trim());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.coded(
                    "scope", "unknown-value", "scope must be one of " + List.of(MaterialScope.values())));
        }
        if (scopeId == null || scopeId.isBlank() || scopeId.length() > 100) {
            errors.add(FieldError.coded("scopeId", "required", "scopeId is required (at most 100 characters)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return scope;
    }
}
