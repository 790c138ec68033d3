package app.footnote.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}): the one shape of every 4xx and 5xx the bot
 * answers over HTTP, the local play API included.
 *
 * @param errors for a 400, one entry per invalid field
 * @param extensions members beyond the standard ones, such as the open {@code round} a refused start points to
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<InvalidField> errors,
        @JsonAnyGetter Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * @param field the field, e.g. {@code wrong[2]} or {@code sources[0].quote}, or a query parameter
     * @param questionId in an import, the question the field belongs to
     * @param line in an import, the line of the YAML body; in a JSON body, the line of the value
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InvalidField(String field, String message, String questionId, Integer line) {
    }

    public Problem(String type, String title, int status, String detail, List<InvalidField> errors) {
        this(type, title, status, detail, errors, Map.of());
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }

    /** A 400 naming one field and what is wrong with it. */
    public static Problem invalid(String title, String field, String message) {
        return new Problem("about:blank", title, 400, field + ": " + message, List.of(new InvalidField(field,
                message, null, null)));
    }

    /** The same problem with one more member. */
    public Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, errors, more);
    }
}
