package app.footnote.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with a JSON body in the caller's terms: the field ({@code sources[0].quote}, or {@code body}
 * for the whole), what it must be, and the line, never a Java type name.
 */
final class UnreadableJson {

    private static final String BODY = "body";

    private UnreadableJson() {
    }

    static Problem problem(JsonProcessingException e) {
        String field = BODY;
        String message;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = path(mapping.getPath());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = "is not a field here (expected one of " + unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof InvalidNullException) {
            message = "must not be null";
        } else if (e instanceof InvalidFormatException format) {
            message = "'" + format.getValue() + "' is not " + kind(format.getTargetType());
        } else if (e instanceof MismatchedInputException mismatch && BODY.equals(field)
                && Objects.toString(mismatch.getOriginalMessage(), "").startsWith("Trailing token")) {
            // Jackson's FAIL_ON_TRAILING_TOKENS has no exception type of its own.
            message = "has more after the JSON value; send one JSON value";
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = "must be " + kind(mismatch.getTargetType());
        } else {
            message = "is not valid JSON: " + firstLine(e.getOriginalMessage());
        }
        JsonLocation location = e.getLocation();
        Integer line = location == null || location.getLineNr() < 1 ? null : location.getLineNr();
        return new Problem("about:blank", "Unreadable JSON", 400, field + " " + message + ".",
                List.of(new Problem.InvalidField(field, message, null, line)));
    }

    private static String path(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? BODY : field.toString();
    }

    private static String kind(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "a text value";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a whole number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object with named fields" : "a JSON value";
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
