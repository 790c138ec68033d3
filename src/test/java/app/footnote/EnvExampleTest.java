package app.footnote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@code .env.example} is the README's configuration table as a file: a copy of it changes nothing. */
class EnvExampleTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([A-Z][A-Z0-9_]+)` \\|", Pattern.MULTILINE);
    private static final Pattern COMMENTED_OUT = Pattern.compile("^# ([A-Z][A-Z0-9_]+)=", Pattern.MULTILINE);
    private static final Pattern SET = Pattern.compile("^\\s*([A-Z][A-Z0-9_]+)\\s*=", Pattern.MULTILINE);

    @Test
    void listsEveryVariableOfTheReadmeCommentedOutInTheTablesOrder() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String configuration = readme.substring(readme.indexOf("## Configuration"));
        configuration = configuration.substring(0, configuration.indexOf("\n\n", configuration.indexOf("| ---")));
        String example = Files.readString(Path.of(".env.example"));

        assertEquals(names(TABLE_ROW, configuration), names(COMMENTED_OUT, example));
        assertEquals(List.of(), names(SET, example), "a variable set in .env.example would override its default");
    }

    private static List<String> names(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(result -> result.group(1)).toList();
    }
}
