package kr.axcampus.material;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * Hands the bytes of an upload from the event loop, which receives them, to a worker thread,
 * which writes them to storage. The buffer is bounded: when it fills, {@link #offer} answers
 * false and the producer pauses the connection until {@code onDrain} says there is room again.
 * That keeps memory flat however large the file is, and lets the network and the store work at
 * the same time.
 */
final class UploadPipe extends InputStream {
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private final long highWater;
    private final long lowWater;
    private final Runnable onDrain;
    private byte[] current;
    private int position;
    private long buffered;
    private boolean producerWaiting;
    private boolean finished;
    private boolean closed;
    private IOException failure;

    UploadPipe(long highWater, Runnable onDrain) {
        this.highWater = highWater;
        this.lowWater = highWater / 2;
        this.onDrain = onDrain;
    }

    /** Adds bytes; false when the producer should pause (or the reader has gone). */
    synchronized boolean offer(byte[] bytes) {
        if (closed || failure != null || finished) {
            return false;
        }
        chunks.add(bytes);
        buffered += bytes.length;
        notifyAll();
        if (buffered >= highWater) {
            producerWaiting = true;
            return false;
        }
        return true;
    }

    /** Whether the reader stopped (failed or closed): the producer should discard the rest. */
    synchronized boolean isAbandoned() {
        return closed || failure != null;
    }

    synchronized void finish() {
        finished = true;
        notifyAll();
    }

    /** Makes the reader fail with this cause (client gone, file too large). */
    synchronized void fail(IOException cause) {
        if (failure == null) {
            failure = cause;
        }
        chunks.clear();
        buffered = 0;
        notifyAll();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        boolean wakeProducer = false;
        int count;
        synchronized (this) {
            while (current == null || position == current.length) {
                if (failure != null) {
                    throw failure;
                }
                current = chunks.poll();
                position = 0;
                if (current == null) {
                    if (finished) {
                        return -1;
                    }
                    await();
                }
            }
            count = Math.min(length, current.length - position);
            System.arraycopy(current, position, target, offset, count);
            position += count;
            buffered -= count;
            if (producerWaiting && buffered <= lowWater) {
                producerWaiting = false;
                wakeProducer = true;
            }
        }
        if (wakeProducer) {
            onDrain.run();
        }
        return count;
    }

    @Override
    public void close() {
        boolean wakeProducer;
        synchronized (this) {
            closed = true;
            chunks.clear();
            buffered = 0;
            wakeProducer = producerWaiting;
            producerWaiting = false;
        }
        if (wakeProducer) {
            onDrain.run();
        }
    }

    private void await() throws IOException {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("upload interrupted", e);
        }
    }
}
