package kr.axcampus.material;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import kr.axcampus.common.Caller;
import kr.axcampus.common.ProblemException;
import kr.axcampus.material.dto.MaterialView;
import kr.axcampus.storage.StorageUnavailableException;

/**
 * One upload in flight. The event loop receives the raw body and feeds it into a bounded
 * {@link UploadPipe} (pausing the connection while the pipe is full); a worker thread parses the
 * multipart body from the pipe ({@link MultipartReader}) and writes the file part to storage as
 * it is parsed. Memory stays bounded by the pipe whatever the file's size.
 */
final class StreamedUpload {
    /** Buffered between network and storage; larger than a storage part so both keep moving. */
    private static final long PIPE_BYTES = 16L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(StreamedUpload.class);

    private final RoutingContext rc;
    private final Context context;
    private final MaterialService materials;
    private final UploadRoute route;
    private final UploadPipe pipe;
    private MaterialView result;
    private long received;
    private boolean requestEnded;
    private boolean answered;

    StreamedUpload(RoutingContext rc, Context context, MaterialService materials, UploadRoute route) {
        this.rc = rc;
        this.context = context;
        this.materials = materials;
        this.route = route;
        this.pipe = new UploadPipe(
                PIPE_BYTES, () -> context.runOnContext(v -> rc.request().resume()));
    }

    void start(Caller caller, byte[] boundary, MultipartReader reader) {
        CompletableFuture.supplyAsync(
                        () -> {
                            try (UploadPipe body = pipe) {
                                return reader.read(caller, body, boundary);
                            }
                        },
                        Infrastructure.getDefaultWorkerPool())
                .whenComplete((view, failure) -> context.runOnContext(v -> onStored(view, failure)));
        rc.request().handler(this::onChunk);
        rc.request().exceptionHandler(e -> pipe.fail(new IOException("the request failed: " + e.getMessage())));
        rc.request().endHandler(v -> onRequestEnd());
        rc.request().resume();
    }

    private void onChunk(Buffer chunk) {
        received += chunk.length();
        if (received > materials.maxUploadSize() + UploadRoute.FRAMING_ALLOWANCE) {
            pipe.fail(new IOException("the upload passed the size limit"));
            answer(materials.tooLarge());
            return;
        }
        if (!pipe.offer(chunk.getBytes()) && !pipe.isAbandoned()) {
            rc.request().pause();
        }
    }

    private void onRequestEnd() {
        requestEnded = true;
        pipe.finish();
        if (result != null) {
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
        if (answered) {
            return;
        }
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem) {
            answer(problem);
        } else if (cause instanceof StorageUnavailableException unavailable) {
            LOG.warnf("upload refused, object storage unavailable: %s", unavailable.getMessage());
            answer(new ProblemException(
                    503,
                    "storage-unavailable",
                    "Storage unavailable",
                    "file storage does not answer; try again shortly",
                    null));
        } else if (!rc.response().closed()) {
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

    /** Answers now; the rest of the body, if any, is read and dropped so the client sees the answer. */
    private void answer(ProblemException problem) {
        if (answered) {
            return;
        }
        answered = true;
        pipe.fail(new IOException("upload refused: " + problem.getMessage()));
        route.answer(rc, problem);
        if (!requestEnded) {
            rc.request().resume();
        }
    }
}
