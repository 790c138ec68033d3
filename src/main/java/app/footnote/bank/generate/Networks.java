package app.footnote.bank.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Television networks and streaming services (networks.txt): a sort of organisation of its own, which the named-entity
 * models mostly miss, and whose wrong choices are other networks.
 */
final class Networks {

    /** The names, best known first. */
    static final List<String> NAMES = read();
    /** Their keys: "Paramount+" is not the studio Paramount, nor "Disney+" Disney. */
    static final Set<String> KEYS = NAMES.stream().map(Networks::key).collect(Collectors.toUnmodifiableSet());
    /** The types the rules may take over: a network the models called a place or a thing stays a network. */
    private static final String OVERWRITABLE = "MISC,ORGANIZATION,LOCATION,CITY,STATE_OR_PROVINCE,COUNTRY,"
            + "NATIONALITY,TITLE";

    private Networks() {
    }

    static boolean is(String name) {
        return KEYS.contains(key(name));
    }

    private static String key(String name) {
        return Names.key(name.replace("+", " plus "));
    }

    /**
     * The names as CoreNLP's regular-expression entity rules, written to a file once per process (the models read
     * their rules from a path): one rule a name, a pattern a token as CoreNLP's tokenizer cuts it ("Paramount", "+").
     */
    static Path entityRules() {
        try {
            Path rules = Files.createTempFile("footnote-networks-", ".tsv");
            rules.toFile().deleteOnExit();
            String text = NAMES.stream().map(name -> Arrays.stream(name.replace("+", " +").split(" "))
                    .map(Pattern::quote).collect(Collectors.joining(" ")) + "\tORGANIZATION\t" + OVERWRITABLE + "\t1")
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.writeString(rules, text, StandardCharsets.UTF_8);
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the network names for the language models", e);
        }
    }

    private static List<String> read() {
        try (InputStream in = Networks.class.getResourceAsStream("networks.txt")) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read networks.txt", e);
        }
    }
}
