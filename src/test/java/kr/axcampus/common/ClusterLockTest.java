package kr.axcampus.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replicas coordinate through PostgreSQL: a job runs once per period, start-up steps take turns. */
@QuarkusTest
class ClusterLockTest {
    @Inject
    ClusterLock lock;

    @Test
    void twentyReplicasFiringTheSameJobRunItOnce() throws Exception {
        String job = "test-job-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> replicas = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            replicas.add(() -> {
                start.await();
                return lock.claim(job, Duration.ofHours(1));
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (Callable<Boolean> replica : replicas) {
                answers.add(pool.submit(replica));
            }
            start.countDown();
            int claimed = 0;
            for (Future<Boolean> answer : answers) {
                claimed += answer.get() ? 1 : 0;
            }
            assertEquals(1, claimed, "exactly one replica runs the job");
        } finally {
            pool.shutdown();
        }
        assertFalse(lock.claim(job, Duration.ofHours(1)), "not again within the period");
        assertTrue(lock.claim(job, Duration.ZERO), "again once the period has passed");
    }

    @Test
    void twoStartupStepsNeverHoldTheLockAtOnce() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Callable<Void> step = () -> {
            QuarkusTransaction.requiringNew().run(() -> {
                lock.serializeStartup();
                int now = inside.incrementAndGet();
                mostAtOnce.accumulateAndGet(now, Math::max);
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inside.decrementAndGet();
            });
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Void>> done = pool.invokeAll(List.of(step, step, step, step));
            for (Future<Void> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, mostAtOnce.get(), "one start-up step at a time");
    }
}
