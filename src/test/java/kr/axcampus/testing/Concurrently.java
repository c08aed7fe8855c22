package kr.axcampus.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** The same request sent by several clients at once, released together, to provoke races. */
public final class Concurrently {
    private Concurrently() {}

    public static List<ExtractableResponse<Response>> send(int clients, Callable<ExtractableResponse<Response>> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<ExtractableResponse<Response>> responses = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The statuses in the order the requests were submitted. */
    public static List<Integer> statuses(List<ExtractableResponse<Response>> responses) {
        return responses.stream().map(ExtractableResponse::statusCode).toList();
    }
}
