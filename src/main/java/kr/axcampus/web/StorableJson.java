package kr.axcampus.web;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON the API reads is refused (400 naming the field) when PostgreSQL could not store it, before
 * any service sees it: a text with a NUL character, a date or time outside the years 1 to 9999.
 * A document with a key twice is refused too: which of the two would count is a guess.
 */
@Singleton
public class StorableJson implements ObjectMapperCustomizer {
    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new SimpleModule("storable-values").setDeserializerModifier(new Modifier()));
    }

    /** Why PostgreSQL could not store the value, or null when it can. */
    static String problem(Object value) {
        if (value instanceof String text && text.indexOf('\u0000') >= 0) {
            return "holds a NUL character";
        }
        if (value instanceof Temporal temporal) {
            TemporalAccessor dated = temporal instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : temporal;
            if (dated.isSupported(ChronoField.YEAR)) {
                int year = dated.get(ChronoField.YEAR);
                if (year < FIRST_YEAR || year > LAST_YEAR) {
                    return "is outside the years " + FIRST_YEAR + " to " + LAST_YEAR;
                }
            }
        }
        return null;
    }

    private static final class Modifier extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            return type == String.class || Temporal.class.isAssignableFrom(type)
                    ? new Checked(deserializer)
                    : deserializer;
        }
    }

    private static final class Checked extends DelegatingDeserializer {
        Checked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            String problem = problem(value);
            if (problem != null) {
                throw InvalidFormatException.from(parser, "the value " + problem, value, handledType());
            }
            return value;
        }
    }
}
