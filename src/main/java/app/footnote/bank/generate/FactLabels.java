package app.footnote.bank.generate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/** The hand-labelled facts of a set of articles ({@code questions/labels/facts.yaml}), to measure the generator. */
public final class FactLabels {

    /**
     * One labelled fact.
     *
     * @param values the answer, or every member of a list
     */
    public record Label(String relation, String subject, List<String> values, List<String> articles) {
    }

    private FactLabels() {
    }

    /** @throws InvalidLabelsException naming the entry and field that is missing or malformed */
    public static List<Label> read(Path file) throws IOException {
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).load(reader);
        } catch (YAMLException e) {
            throw new InvalidLabelsException(file + ": not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> top) || !(top.get("facts") instanceof List<?> facts)) {
            throw new InvalidLabelsException(file + ": expected a 'facts:' list");
        }
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            if (!(facts.get(i) instanceof Map<?, ?> fact)) {
                throw new InvalidLabelsException(file + ": facts[" + i + "] is not a mapping");
            }
            labels.add(new Label(text(fact, "relation", file, i), text(fact, "subject", file, i),
                    texts(fact.get("value"), "value", file, i), texts(fact.get("articles"), "articles", file, i)));
        }
        return labels;
    }

    private static String text(Map<?, ?> fact, String field, Path file, int i) {
        Object value = fact.get(field);
        if (value == null) {
            throw new InvalidLabelsException(file + ": facts[" + i + "]." + field + " is required");
        }
        return value.toString();
    }

    private static List<String> texts(Object value, String field, Path file, int i) {
        if (value == null) {
            throw new InvalidLabelsException(file + ": facts[" + i + "]." + field + " is required");
        }
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(value.toString());
    }
}
