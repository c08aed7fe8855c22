package kr.axcampus.material;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.core.MultipartInput;
import org.apache.commons.fileupload2.core.ParameterParser;

import kr.axcampus.common.Caller;
import kr.axcampus.common.FieldError;
import kr.axcampus.common.ProblemException;
import kr.axcampus.material.dto.MaterialView;

/**
 * Reads an upload's multipart body in order, on a worker thread, with Commons FileUpload's
 * streaming parser. When {@code scope} and {@code scopeId} precede {@code file}, the file part's
 * bytes go straight to storage as they are parsed; when the file comes first, it is spooled to
 * a temporary file until the fields are known. Memory stays bounded either way.
 */
final class MultipartReader {
    private static final int MAX_FIELD_BYTES = 16 * 1024;
    private static final int MAX_PARTS = 10;
    private static final int BUFFER = 64 * 1024;
    /** Room for a part's headers: a file name of a few thousand bytes (it is shortened when stored). */
    static final int PART_HEADERS_MAX = 8 * 1024;

    private final MaterialService materials;
    private final Runnable onStreamed;
    private final Runnable onSpooled;

    /** {@code onStreamed} and {@code onSpooled} count which way each file went (a metric). */
    MultipartReader(MaterialService materials, Runnable onStreamed, Runnable onSpooled) {
        this.materials = materials;
        this.onStreamed = onStreamed;
        this.onSpooled = onSpooled;
    }

    /** The boundary of a multipart/form-data content type; 400 when it has none. */
    static byte[] boundary(String contentType) {
        ParameterParser parser = new ParameterParser();
        parser.setLowerCaseNames(true);
        String boundary = parser.parse(contentType, new char[] {';', ','}).get("boundary");
        if (boundary == null || boundary.isBlank()) {
            throw invalid("body", "the multipart content type names no boundary");
        }
        return boundary.getBytes(StandardCharsets.ISO_8859_1);
    }

    MaterialView read(Caller caller, InputStream body, byte[] boundary) {
        Map<String, String> fields = new HashMap<>();
        Path spool = null;
        String fileName = null;
        MaterialView stored = null;
        try {
            MultipartInput input = MultipartInput.builder()
                    .setInputStream(body)
                    .setBoundary(boundary)
                    .setBufferSize(BUFFER)
                    .setPartHeaderSizeMax(PART_HEADERS_MAX)
                    .get();
            input.setHeaderCharset(StandardCharsets.UTF_8);
            boolean more = input.skipPreamble();
            int parts = 0;
            while (more) {
                if (++parts > MAX_PARTS) {
                    throw invalid("body", "at most " + MAX_PARTS + " parts: scope, scopeId, note, size and file");
                }
                Map<String, String> disposition = disposition(input.readHeaders());
                String name = disposition.getOrDefault("name", "");
                String submittedName = disposition.get("filename");
                if (submittedName == null) {
                    fields.put(name, field(input, name));
                } else if (!"file".equals(name) || fileName != null) {
                    input.discardBodyData();
                } else {
                    fileName = submittedName;
                    MultipartInput.ItemInputStream file = input.newInputStream();
                    try {
                        if (fields.containsKey("scope") || fields.containsKey("scopeId")) {
                            onStreamed.run();
                            stored = materials.store(plan(caller, fields, fileName), file);
                        } else {
                            onSpooled.run();
                            spool = Files.createTempFile("axcampus-upload-", ".part");
                            Files.copy(file, spool, StandardCopyOption.REPLACE_EXISTING);
                        }
                    } catch (RuntimeException | IOException e) {
                        // Refused or failed: stop reading the body instead of draining the rest of the file.
                        file.close(true);
                        throw e;
                    }
                    file.close();
                }
                more = input.readBoundary();
            }
            if (fileName == null) {
                throw invalid("file", "a file part named 'file' is required");
            }
            if (spool != null) {
                try (InputStream file = Files.newInputStream(spool)) {
                    stored = materials.store(plan(caller, fields, fileName), file);
                }
            }
            return stored;
        } catch (MultipartInput.MalformedStreamException e) {
            throw invalid("body", "the multipart body is malformed: " + e.getMessage());
        } catch (FileUploadSizeException e) {
            throw invalid(
                    "file", "a part's headers are longer than " + PART_HEADERS_MAX + " bytes (a file name too long?)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans its temp folder
                }
            }
        }
    }

    private UploadPlan plan(Caller caller, Map<String, String> fields, String fileName) {
        return materials.prepare(
                caller, fields.get("scope"), fields.get("scopeId"), fileName, fields.get("note"), fields.get("size"));
    }

    private static String field(MultipartInput input, String name) throws IOException {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        try (InputStream part = input.newInputStream()) {
            byte[] buffer = new byte[4096];
            for (int n; (n = part.read(buffer)) >= 0; ) {
                value.write(buffer, 0, n);
                if (value.size() > MAX_FIELD_BYTES) {
                    throw invalid(name, "at most " + MAX_FIELD_BYTES / 1024 + " KiB");
                }
            }
        }
        return value.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> disposition(String headers) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0
                    && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-disposition")) {
                ParameterParser parser = new ParameterParser();
                parser.setLowerCaseNames(true);
                return parser.parse(line.substring(colon + 1), ';');
            }
        }
        throw invalid("body", "a part has no Content-Disposition header");
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.invalid(List.of(FieldError.coded(field, "invalid", message)));
    }
}
