package kr.axcampus.material;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerFileUpload;
import io.vertx.ext.web.RoutingContext;
import kr.axcampus.common.Caller;
import kr.axcampus.common.ProblemException;
import kr.axcampus.material.dto.MaterialView;
import kr.axcampus.storage.StorageUnavailableException;

/**
 * One multipart upload in flight. The event loop receives the body and feeds the file part into
 * a bounded {@link UploadPipe}; a worker thread reads the pipe and writes to storage. When the
 * fields {@code scope} and {@code scopeId} come before the file (as the pages and the API docs
 * send them), the bytes go straight to storage; when the file comes first, its bytes are spooled
 * to a temporary file until the fields are known. Either way memory stays bounded by the pipe.
 */
final class StreamedUpload {
    /** Buffered between network and storage; larger than a storage part so both keep moving. */
    private static final long PIPE_BYTES = 16L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(StreamedUpload.class);

    private final RoutingContext rc;
    private final Context context;
    private final Caller caller;
    private final MaterialService materials;
    private final UploadRoute route;
    private final Executor workers = Infrastructure.getDefaultWorkerPool();
    private HttpServerFileUpload file;
    private UploadPipe pipe;
    private Path spool;
    private CompletableFuture<MaterialView> stored;
    private CompletableFuture<Void> spooled;
    private MaterialView result;
    private long received;
    private boolean requestEnded;
    private boolean answered;

    StreamedUpload(RoutingContext rc, Context context, Caller caller, MaterialService materials, UploadRoute route) {
        this.rc = rc;
        this.context = context;
        this.caller = caller;
        this.materials = materials;
        this.route = route;
    }

    void start() {
        rc.request().setExpectMultipart(true);
        rc.request().uploadHandler(this::onFile);
        rc.request().exceptionHandler(e -> abandon("the request failed: " + e.getMessage()));
        rc.request().endHandler(v -> onRequestEnd());
        rc.request().resume();
    }

    private void onFile(HttpServerFileUpload upload) {
        if (!"file".equals(upload.name()) || file != null) {
            upload.handler(chunk -> {
            });
            return;
        }
        file = upload;
        pipe = new UploadPipe(PIPE_BYTES, () -> context.runOnContext(v -> upload.resume()));
        MultiMap fields = rc.request().formAttributes();
        if (fields.contains("scope") || fields.contains("scopeId")) {
            String scope = fields.get("scope");
            String scopeId = fields.get("scopeId");
            String note = fields.get("note");
            stored = CompletableFuture.supplyAsync(() -> {
                try (UploadPipe in = pipe) {
                    return materials.store(materials.prepare(caller, scope, scopeId, upload.filename(), note), in);
                }
            }, workers);
            stored.whenComplete((view, failure) -> context.runOnContext(v -> onStored(view, failure)));
        } else {
            spooled = CompletableFuture.runAsync(this::spool, workers);
            spooled.whenComplete((ok, failure) -> {
                if (failure != null) {
                    context.runOnContext(v -> onStored(null, failure));
                }
            });
        }
        upload.handler(this::onChunk);
        upload.exceptionHandler(e -> abandon("the upload failed: " + e.getMessage()));
        upload.endHandler(v -> pipe.finish());
    }

    private void onChunk(Buffer chunk) {
        received += chunk.length();
        if (received > materials.maxUploadSize()) {
            pipe.fail(new IOException("the upload passed the size limit"));
            answer(materials.tooLarge());
            return;
        }
        if (pipe.isAbandoned()) {
            return;
        }
        if (!pipe.offer(chunk.getBytes()) && !pipe.isAbandoned()) {
            file.pause();
        }
    }

    private void spool() {
        try (InputStream in = pipe) {
            spool = Files.createTempFile("axcampus-upload-", ".part");
            Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void onRequestEnd() {
        requestEnded = true;
        if (answered) {
            return;
        }
        if (file == null) {
            answer(UploadRoute.missingFile());
        } else if (spooled != null) {
            MultiMap fields = rc.request().formAttributes();
            stored = spooled.thenApplyAsync(ok -> {
                try (InputStream in = Files.newInputStream(spool)) {
                    return materials.store(materials.prepare(caller, fields.get("scope"), fields.get("scopeId"),
                            file.filename(), fields.get("note")), in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, workers);
            stored.whenComplete((view, failure) -> {
                deleteSpool();
                context.runOnContext(v -> onStored(view, failure));
            });
        } else if (result != null) {
            answerCreated();
        }
    }

    private void onStored(MaterialView view, Throwable failure) {
        if (failure == null) {
            result = view;
            if (requestEnded) {
                answerCreated();
            }
            return;
        }
        deleteSpool();
        if (answered) {
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem) {
            answer(problem);
        } else if (cause instanceof StorageUnavailableException unavailable) {
            LOG.warnf("upload refused, object storage unavailable: %s", unavailable.getMessage());
            answer(new ProblemException(503, "storage-unavailable", "Storage unavailable",
                    "file storage does not answer; try again shortly", null));
        } else {
            LOG.error("upload failed", cause);
            answered = true;
            rc.response().setStatusCode(500).end();
        }
    }

    private void answerCreated() {
        if (!answered) {
            answered = true;
            route.created(rc, result, result.id());
        }
    }

    /** Answers now and drops whatever body is still coming, so the client can read the answer. */
    private void answer(ProblemException problem) {
        if (answered) {
            return;
        }
        answered = true;
        if (pipe != null) {
            pipe.fail(new IOException("upload refused: " + problem.getMessage()));
        }
        route.answer(rc, problem);
        if (file != null) {
            file.resume();
        }
    }

    private void abandon(String why) {
        if (pipe != null) {
            pipe.fail(new IOException(why));
        }
    }

    private void deleteSpool() {
        if (spool != null) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                LOG.warnf("could not delete the spooled upload %s: %s", spool, e.getMessage());
            }
        }
    }
}
