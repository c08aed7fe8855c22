package kr.axcampus.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.agroal.api.AgroalDataSource;

/**
 * Native SQL on the pool's connection without Hibernate's query machinery, for the reads asked
 * most often (a learner's progress): parameters by name as in Hibernate's native queries, rows
 * read straight from the driver. Inside a transaction the pool hands out the transaction's own
 * connection, and the session's pending changes are flushed first, so a read sees what the
 * transaction wrote, as a Hibernate native query would; outside one the statement runs on its
 * own (auto-commit).
 */
@ApplicationScoped
public class DirectSql {
    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([A-Za-z_]\\w*)");

    /** A statement's text with {@code ?} for each name, and the names in order; parsed once per text. */
    private record Parsed(String sql, List<String> names) {}

    /** Reads one row; the result set is on that row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final AgroalDataSource dataSource;
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    public DirectSql(AgroalDataSource dataSource, EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.em = em;
        this.transactions = transactions;
    }

    /** Every row of a query; {@code parameters} by name (a collection stands for a list of values). */
    public <T> List<T> list(String sql, Map<String, ?> parameters, RowReader<T> reader) {
        boolean inTransaction = transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
        if (inTransaction) {
            em.flush();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(reader.read(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + e.getMessage(), e);
        }
    }

    /** An insert, update or delete; its row count. */
    public int update(String sql, Map<String, ?> parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(Connection connection, String sql, Map<String, ?> parameters)
            throws SQLException {
        boolean expands = parameters.values().stream().anyMatch(Collection.class::isInstance);
        Parsed statement =
                expands ? parse(sql, parameters) : parsed.computeIfAbsent(sql, text -> parse(text, Map.of()));
        PreparedStatement prepared = connection.prepareStatement(statement.sql());
        int index = 1;
        for (String name : statement.names()) {
            if (!parameters.containsKey(name)) {
                prepared.close();
                throw new IllegalArgumentException("no value for :" + name);
            }
            Object value = parameters.get(name);
            if (value instanceof Collection<?> values) {
                if (values.isEmpty()) {
                    bind(prepared, index++, null);
                }
                for (Object each : values) {
                    bind(prepared, index++, each);
                }
            } else {
                bind(prepared, index++, value);
            }
        }
        return prepared;
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else {
            statement.setObject(index, value);
        }
    }

    /** Replaces each {@code :name} by {@code ?} (a collection value by as many as it holds). */
    private static Parsed parse(String sql, Map<String, ?> parameters) {
        Matcher matcher = NAMED.matcher(sql);
        StringBuilder text = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            String name = matcher.group(1);
            names.add(name);
            String marks = parameters.get(name) instanceof Collection<?> values
                    ? String.join(", ", Collections.nCopies(Math.max(values.size(), 1), "?"))
                    : "?";
            matcher.appendReplacement(text, marks);
        }
        matcher.appendTail(text);
        return new Parsed(text.toString(), List.copyOf(names));
    }
}
