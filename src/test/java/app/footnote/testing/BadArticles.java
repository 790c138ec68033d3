package app.footnote.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Files a moderator may send the generator by mistake, none of them an article in English: each must be refused with
 * a reason that says what is wrong with it, before the language models spend time on it. Shared by the command-line
 * and HTTP tests, which must answer them alike.
 *
 * @param name the file's name
 * @param bytes what the file holds
 * @param problem what the generator's answer must say of it
 */
public record BadArticles(String name, byte[] bytes, String problem) {

    /** A real news paragraph in French: Latin letters, full sentences, few English words. */
    static final String FRENCH = """
            Le gouvernement a annoncé lundi un nouveau plan pour réduire la consommation d'énergie dans les bâtiments \
            publics. Selon le ministre, les mesures permettront d'économiser près de dix pour cent de l'électricité \
            d'ici la fin de l'année. Les syndicats ont critiqué le projet, qu'ils jugent insuffisant face à la hausse \
            des prix. Plusieurs villes, dont Lyon et Marseille, ont déjà commencé à éteindre l'éclairage des \
            monuments après minuit.
            """;

    /** The same in German, whose "in", "an" and "was" are English words too. */
    static final String GERMAN = """
            Die Bundesregierung hat am Montag in Berlin ein neues Gesetz zur Förderung erneuerbarer Energien \
            vorgestellt. Nach Angaben des Wirtschaftsministeriums sollen bis zum Jahr 2030 mindestens achtzig Prozent \
            des Stroms aus Wind und Sonne stammen. Kritiker aus der Opposition bemängelten, dass der Ausbau der Netze \
            zu langsam vorankomme. Die Länder wollen im Herbst über die Verteilung der Kosten verhandeln.
            """;

    /** The front page of a local paper without its stories: short lines, none of them a sentence. */
    static final String HEADLINES = """
            Mayor Unveils the City Budget
            Council to Vote on the Plan in June
            Police Chief Says Crime Is Down
            The Week in Pictures
            What to Watch This Weekend
            A Guide to the New Bus Routes
            Letters to the Editor
            Sports: The Tigers Win Again
            """;

    /** The words of a council report run together with no full stop, as long as an article may be, on one line. */
    static String oneLongLine() {
        String words = "the city council approved a new budget of four billion dollars on Tuesday after a long debate"
                + " and the mayor said the plan would add three hundred police officers over the next three years ";
        return words.repeat(HostileUploads.ARTICLE_CHARS / words.length() + 1).substring(0,
                HostileUploads.ARTICLE_CHARS);
    }

    /** Random bytes, the same every run: what a moderator attaching an image or an archive sends. */
    static byte[] binary() {
        byte[] bytes = new byte[20_000];
        new Random(20_26).nextBytes(bytes);
        return bytes;
    }

    public static List<BadArticles> all() {
        return List.of(
                new BadArticles("empty.txt", new byte[0], "is empty"),
                new BadArticles("french.txt", FRENCH.getBytes(StandardCharsets.UTF_8), "does not read as English"),
                new BadArticles("german.txt", GERMAN.getBytes(StandardCharsets.UTF_8), "does not read as English"),
                new BadArticles("one-line.txt", oneLongLine().getBytes(StandardCharsets.UTF_8),
                        "has no sentences: its one line of 200000 characters has no full stop"),
                new BadArticles("photo.jpg.txt", binary(), "is not text"),
                new BadArticles("front-page.txt", HEADLINES.getBytes(StandardCharsets.UTF_8),
                        "has no sentences, only headlines or list items"));
    }

    @Override
    public String toString() {
        return name;
    }
}
