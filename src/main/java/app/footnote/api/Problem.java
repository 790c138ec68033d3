package app.footnote.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}).
 *
 * @param errors for a 400, one entry per invalid field
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<InvalidField> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * @param field the field, e.g. {@code wrong[2]} or {@code sources[0].quote}, or a query parameter
     * @param questionId in an import, the question the field belongs to
     * @param line in an import, the line of the YAML body
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InvalidField(String field, String message, String questionId, Integer line) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }
}
