package app.footnote.bank;

import java.io.Reader;
import java.io.StringReader;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML as the bank's files and uploads are read: SnakeYAML, refusing anchors ({@code &name}) and aliases
 * ({@code *name}). An alias repeats a value without repeating its bytes, so a small file could stand for a huge bank
 * and a huge error report; a bank file never needs one, so the first is refused before anything is built.
 */
public final class BankYaml {

    public static final String ALIAS_REFUSED = "anchors (&name) and aliases (*name) are not allowed in bank files:"
            + " write each value out";

    /** The first anchor or alias of a text; its problem mark gives the line. */
    public static final class AliasRefusedException extends MarkedYAMLException {

        AliasRefusedException(Event event) {
            super(null, null, ALIAS_REFUSED, event.getStartMark());
        }

        /** The 1-based line of the anchor or alias. */
        public int line() {
            return getProblemMark().getLine() + 1;
        }
    }

    private BankYaml() {
    }

    /**
     * The text's node tree, which keeps every value's line.
     *
     * @throws AliasRefusedException at the first anchor or alias
     * @throws org.yaml.snakeyaml.error.YAMLException when the text is not YAML
     */
    public static Node compose(Reader reader) {
        return composer(reader).getSingleNode();
    }

    /** The text as plain Java values (maps, lists, strings, dates), as {@link #compose} reads it. */
    public static Object load(String text) {
        SafeConstructor constructor = new SafeConstructor(new LoaderOptions());
        constructor.setComposer(composer(new StringReader(text)));
        return constructor.getSingleData(Object.class);
    }

    private static Composer composer(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        return new Composer(new NoAliases(new ParserImpl(new StreamReader(reader), options)), new Resolver(),
                options);
    }

    /** SnakeYAML's parser, stopping at the first event that defines or uses an anchor. */
    private record NoAliases(Parser parser) implements Parser {

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return refuseAliases(parser.peekEvent());
        }

        @Override
        public Event getEvent() {
            return refuseAliases(parser.getEvent());
        }

        private static Event refuseAliases(Event event) {
            if (event instanceof AliasEvent || event instanceof NodeEvent node && node.getAnchor() != null) {
                throw new AliasRefusedException(event);
            }
            return event;
        }
    }
}
