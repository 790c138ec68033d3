package app.footnote.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Javacord is no longer developed; keeping it inside this package keeps it replaceable. Checked on the compiled
 * classes, whose constant pools name every type a class uses, however it was written in the source.
 */
class JavacordStaysInAdapterTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final String ADAPTER = "app/footnote/chat/discord/";

    @Test
    void noClassOutsideTheDiscordAdapterUsesAJavacordType() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            List<String> offenders = files.filter(file -> file.toString().endsWith(".class"))
                    .filter(file -> !CLASSES.relativize(file).toString().replace('\\', '/').startsWith(ADAPTER))
                    .filter(JavacordStaysInAdapterTest::mentionsJavacord).map(Path::toString).toList();

            assertEquals(List.of(), offenders);
        }
    }

    @Test
    void theAdapterItselfDoesUseJavacord() throws IOException {
        // Guards the check above against passing because it looks in the wrong place.
        assertEquals(true, mentionsJavacord(CLASSES.resolve(ADAPTER + "DiscordLogin.class")));
    }

    private static boolean mentionsJavacord(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("org/javacord/");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
