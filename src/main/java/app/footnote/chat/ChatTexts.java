package app.footnote.chat;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every sentence the game's outcomes are told with, in English, for all adapters: the services say what happened,
 * this words it. Text that came from players or the bank goes through the adapter's {@code literal} function (Discord
 * escapes Markdown, JSON needs nothing), so a translation is another instance of the same sentences.
 */
public final class ChatTexts {

    /** For adapters that show text as it is. */
    public static final ChatTexts PLAIN = new ChatTexts(UnaryOperator.identity());

    private final UnaryOperator<String> literal;

    public ChatTexts(UnaryOperator<String> literal) {
        this.literal = literal;
    }

    /** What a refused value must be instead, e.g. "must be easy, medium or hard, not 'brutal'". */
    public String mustBe(OptionValue.Refusal refused) {
        return "must be " + oneOf(refused.allowed()) + ", not '" + literal.apply(refused.typed()) + "'";
    }

    /** The whole sentence, naming the option, e.g. "difficulty must be easy, medium or hard, not 'brutal'." */
    public String refused(OptionValue.Refusal refused) {
        return refused.option() + " " + mustBe(refused) + ".";
    }

    private static String oneOf(List<String> values) {
        int last = values.size() - 1;
        return last == 0 ? values.get(0) : String.join(", ", values.subList(0, last)) + " or " + values.get(last);
    }
}
