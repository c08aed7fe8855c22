package kr.axcampus.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.axcampus.access.Access;
import kr.axcampus.access.PersonalDataReads;
import kr.axcampus.access.ReadKind;
import kr.axcampus.common.Caller;
import kr.axcampus.common.Ids;
import kr.axcampus.common.Moment;
import kr.axcampus.common.PersonalDataHolder;
import kr.axcampus.common.ProblemException;
import kr.axcampus.identity.UserService;
import kr.axcampus.identity.dto.UserView;

/**
 * Everything the centre holds about a person, for them (PIPA): one ZIP with {@code person.json}
 * (every feature's part, as its rows) and the files they uploaded, streamed from storage. The
 * parts are read in one transaction, which records the export in the access log; the files follow
 * without holding a database connection.
 */
@ApplicationScoped
public class PersonalDataExport {
    /** Written into person.json so a reader knows what they hold. */
    static final String FORMAT = "axcampus-personal-data/1";

    private final Instance<PersonalDataHolder> holders;
    private final PersonalDataReads reads;
    private final UserService users;
    private final Access access;
    private final ObjectMapper json;

    public PersonalDataExport(
            Instance<PersonalDataHolder> holders,
            PersonalDataReads reads,
            UserService users,
            Access access,
            ObjectMapper json) {
        this.holders = holders;
        this.reads = reads;
        this.users = users;
        this.access = access;
        this.json = json;
    }

    /** What the ZIP will hold: the document, and the files to stream after it. */
    public record Prepared(UserView person, String document, List<PersonalDataHolder.HeldFile> files) {
        public String fileName() {
            return "personal-data-" + person.id() + ".zip";
        }
    }

    /** Gathers a person's data for an operator of their centre; 404 for anyone of another centre. */
    @Transactional
    public Prepared prepare(Caller caller, String userId) {
        if (!access.operates(caller)) {
            throw Access.forbidden("exporting a person's data is for the centre's operators");
        }
        UUID id = Ids.parse(userId).orElseThrow(() -> ProblemException.notFound("person " + userId));
        UserView person = users.findInCenter(caller.centerId(), id)
                .orElseThrow(() -> ProblemException.notFound("person " + userId));
        List<PersonalDataHolder.Part> parts = holders.stream()
                .flatMap(h -> h.export(id).stream())
                .sorted(Comparator.comparing(PersonalDataHolder.Part::name))
                .toList();
        List<PersonalDataHolder.HeldFile> files =
                holders.stream().flatMap(h -> h.files(id).stream()).toList();
        reads.record(caller, ReadKind.EXPORT, id, List.of(id));
        return new Prepared(person, document(caller, id, parts), files);
    }

    /** Streams the ZIP: the document first, then each file as storage hands it over. */
    public void write(Prepared prepared, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("person.json"));
            zip.write(prepared.document().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (PersonalDataHolder.HeldFile file : prepared.files()) {
                zip.putNextEntry(new ZipEntry(file.path()));
                try (InputStream content = file.content().get()) {
                    content.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    private String document(Caller caller, UUID person, List<PersonalDataHolder.Part> parts) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = json.getFactory().createGenerator(text)) {
            out.useDefaultPrettyPrinter();
            out.writeStartObject();
            out.writeStringField("format", FORMAT);
            out.writeStringField("person", person.toString());
            out.writeStringField("exportedAt", Moment.now().toString());
            out.writeStringField("exportedBy", caller.id().toString());
            out.writeStringField("retention", Retention.RULE);
            out.writeObjectFieldStart("parts");
            for (PersonalDataHolder.Part part : parts) {
                out.writeFieldName(part.name());
                out.writeRawValue(part.json());
            }
            out.writeEndObject();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string", e);
        }
        return text.toString();
    }
}
