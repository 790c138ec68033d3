package app.footnote.bank.generate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Compiles the patterns that name an article's work ({@code WORK}), once per way of naming it. */
final class Patterns {

    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Patterns() {
    }

    static Pattern withWork(String regex, ArticleContext context) {
        String work = "(?<![\\p{L}])" + context.workPattern() + "(?![\\p{L}])";
        return CACHE.computeIfAbsent(regex + "\u0000" + work, key -> Pattern.compile(regex.replace("WORK", work)));
    }
}
