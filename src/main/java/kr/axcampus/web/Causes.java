package kr.axcampus.web;

import java.sql.SQLException;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Searches a failure's causes, SQL "next" exceptions and suppressed exceptions: what the database
 * said is wrapped in whatever the layers above add (Hibernate, JPA, the JTA rollback), in any order.
 */
final class Causes {
    private Causes() {}

    /** The first answer {@code recognise} gives for {@code failure} or anything it carries. */
    static <T> Optional<T> find(Throwable failure, Function<Throwable, Optional<T>> recognise) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        // A LinkedList, unlike ArrayDeque, takes the null of a missing cause; it is skipped below.
        Deque<Throwable> queue = new LinkedList<>();
        queue.add(failure);
        while (!queue.isEmpty()) {
            Throwable t = queue.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            Optional<T> found = recognise.apply(t);
            if (found.isPresent()) {
                return found;
            }
            queue.add(t.getCause());
            if (t instanceof SQLException sql) {
                queue.add(sql.getNextException());
            }
            queue.addAll(List.of(t.getSuppressed()));
        }
        return Optional.empty();
    }

    /** Whether a SQL exception with a state starting with one of {@code prefixes} is among the causes. */
    static boolean hasSqlState(Throwable failure, String... prefixes) {
        return find(failure, t -> {
                    if (t instanceof SQLException sql && sql.getSQLState() != null) {
                        for (String prefix : prefixes) {
                            if (sql.getSQLState().startsWith(prefix)) {
                                return Optional.of(true);
                            }
                        }
                    }
                    return Optional.<Boolean>empty();
                })
                .isPresent();
    }
}
