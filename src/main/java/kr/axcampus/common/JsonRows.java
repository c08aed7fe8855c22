package kr.axcampus.common;

import java.util.UUID;

import jakarta.persistence.EntityManager;

/** The rows of a query as one JSON array, built by PostgreSQL: for exports of a person's data. */
public final class JsonRows {
    private JsonRows() {}

    /** {@code select} names the person as {@code :person}; its rows become JSON objects, columns as keys. */
    public static PersonalDataHolder.Part part(EntityManager em, String name, String select, UUID person) {
        Object json = em.createNativeQuery(
                        "SELECT CAST(coalesce(json_agg(row_to_json(t)), '[]') AS text) FROM (" + select + ") t")
                .setParameter("person", person)
                .getSingleResult();
        return new PersonalDataHolder.Part(name, json.toString());
    }
}
