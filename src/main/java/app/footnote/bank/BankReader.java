package app.footnote.bank;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a bank directory: {@code articles/*.txt} with {@code articles/index.yaml}, and every other {@code *.yaml} file
 * as questions. It never stops at the first problem: everything readable is returned, and each problem is recorded
 * with its file and line so that one run reports them all.
 */
public final class BankReader {

    public static final String ARTICLES_DIR = "articles";
    public static final String INDEX_FILE = "index.yaml";
    public static final Set<String> QUESTION_FIELDS = Set.of("id", "category", "difficulty", "prompt", "answer",
            "wrong", "explanation", "sources");
    /** The one field a question may leave out: {@code draft: true} marks it proposed but not yet reviewed. */
    public static final String DRAFT_FIELD = "draft";
    /** Optional too: other answers a typed answer may give, such as a person's surname. */
    public static final String ACCEPT_FIELD = "accept";
    private static final Set<String> KNOWN_QUESTION_FIELDS = union(union(QUESTION_FIELDS, DRAFT_FIELD),
            ACCEPT_FIELD);
    private static final Set<String> SOURCE_FIELDS = Set.of("article", "url", "quote");
    private static final Set<String> ARTICLE_FIELDS = Set.of("id", "title", "outlet", "published", "cites");

    public Bank read(Path dir) {
        List<BankProblem> problems = new ArrayList<>();
        List<BankArticle> articles = readArticles(dir.resolve(ARTICLES_DIR), problems);
        List<BankQuestion> questions = new ArrayList<>();
        for (Path file : yamlFiles(dir, problems)) {
            questions.addAll(readQuestions(file, problems));
        }
        return new Bank(articles, questions, problems);
    }

    /** Reads one file of questions, adding what is wrong with its structure to {@code problems}. */
    public List<BankQuestion> readQuestions(Path file, List<BankProblem> problems) {
        FileProblems report = new FileProblems(file.toString(), problems);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return questions(parse(reader, report), report);
        } catch (IOException e) {
            report.add(1, null, null, "cannot read: " + e.getMessage());
            return new ArrayList<>();
        }
    }

    /**
     * Reads questions in the bank's format from text that did not come from the bank directory (an upload, a draft).
     *
     * @param name what problems call the text, e.g. the attachment's file name
     */
    public List<BankQuestion> readQuestions(String name, String yaml, List<BankProblem> problems) {
        FileProblems report = new FileProblems(name, problems);
        return questions(parse(new StringReader(yaml), report), report);
    }

    private List<BankQuestion> questions(Node root, FileProblems report) {
        List<BankQuestion> questions = new ArrayList<>();
        if (root == null) {
            return questions;
        }
        Map<String, Node> top = fields(root, Set.of("questions"), null, report);
        Node list = top.get("questions");
        if (!(list instanceof SequenceNode items)) {
            report.add(line(list == null ? root : list), null, "questions",
                    "the file must have a 'questions:' list");
            return questions;
        }
        for (Node item : items.getValue()) {
            questions.add(question(item, report));
        }
        return questions;
    }

    /** Reads the articles' index and texts, adding missing files and malformed entries to {@code problems}. */
    public List<BankArticle> readArticles(Path articlesDir, List<BankProblem> problems) {
        Path indexFile = articlesDir.resolve(INDEX_FILE);
        FileProblems report = new FileProblems(indexFile.toString(), problems);
        List<BankArticle> articles = new ArrayList<>();
        if (!Files.isRegularFile(indexFile)) {
            report.add(1, null, null, "the articles' index is missing");
            return articles;
        }
        Node root;
        try (Reader reader = Files.newBufferedReader(indexFile, StandardCharsets.UTF_8)) {
            root = parse(reader, report);
        } catch (IOException e) {
            report.add(1, null, null, "cannot read: " + e.getMessage());
            return articles;
        }
        if (root == null) {
            return articles;
        }
        Node list = fields(root, Set.of("articles"), null, report).get("articles");
        if (!(list instanceof SequenceNode items)) {
            report.add(line(list == null ? root : list), null, "articles", "the index must have an 'articles:' list");
            return articles;
        }
        for (Node item : items.getValue()) {
            Map<String, Node> entry = fields(item, ARTICLE_FIELDS, null, report);
            String id = text(entry, "id", null, report);
            if (id == null) {
                report.add(line(item), null, "id", "every article needs an id: its file stem");
                continue;
            }
            if (Article.isServers(id)) {
                report.add(line(item), id, "id", "may not start with '" + Article.UPLOAD_PREFIX + "' or '"
                        + Article.LINK_PREFIX + "', which name articles a server uploaded or linked; rename the"
                        + " file");
                continue;
            }
            String title = text(entry, "title", id, report);
            if (title == null) {
                report.add(line(item), id, "title", "is required");
            }
            LocalDate published = date(entry.get("published"), id, report);
            List<String> cites = texts(entry.get("cites"), "cites", id, report);
            Path textFile = articlesDir.resolve(id + ".txt");
            if (!Files.isRegularFile(textFile)) {
                report.add(line(item), id, "id", "no article file " + textFile);
                continue;
            }
            articles.add(new BankArticle(id, title, text(entry, "outlet", id, report), published, cites,
                    readText(textFile, report)));
        }
        try (Stream<Path> files = Files.list(articlesDir)) {
            Set<String> indexed = new java.util.HashSet<>(articles.stream().map(BankArticle::id).toList());
            files.map(Path::getFileName).map(Path::toString).filter(name -> name.endsWith(".txt")).sorted()
                    .map(name -> name.substring(0, name.length() - ".txt".length()))
                    .filter(stem -> !indexed.contains(stem))
                    .forEach(stem -> report.add(1, null, null, "article " + stem + ".txt has no entry in the index"));
        } catch (IOException e) {
            report.add(1, null, null, "cannot list " + articlesDir + ": " + e.getMessage());
        }
        return articles;
    }

    private BankQuestion question(Node item, FileProblems report) {
        Map<String, Integer> lines = new HashMap<>();
        String id = idOf(item);
        Map<String, Node> fields = fields(item, KNOWN_QUESTION_FIELDS, id, report);
        fields.forEach((name, node) -> lines.put(name, line(node)));
        List<BankSource> sources = new ArrayList<>();
        Node sourceList = fields.get("sources");
        if (sourceList instanceof SequenceNode sequence) {
            List<Node> entries = sequence.getValue();
            for (int i = 0; i < entries.size(); i++) {
                Map<String, Node> source = fields(entries.get(i), SOURCE_FIELDS, id, report);
                String prefix = "sources[" + i + "].";
                sources.add(new BankSource(text(source, "article", prefix, id, report),
                        text(source, "url", prefix, id, report), text(source, "quote", prefix, id, report),
                        line(entries.get(i))));
            }
        } else if (sourceList != null && !isNull(sourceList)) {
            report.add(line(sourceList), id, "sources", "must be a list of {article, quote}");
        }
        return new BankQuestion(report.file, line(item), id, text(fields, "category", id, report),
                text(fields, "difficulty", id, report), text(fields, "prompt", id, report),
                text(fields, "answer", id, report), texts(fields.get("wrong"), "wrong", id, report),
                texts(fields.get(ACCEPT_FIELD), ACCEPT_FIELD, id, report), text(fields, "explanation", id, report),
                sourceList == null || isNull(sourceList) ? null : sources,
                Map.copyOf(lines), flag(fields.get(DRAFT_FIELD), id, report));
    }

    private static boolean flag(Node node, String questionId, FileProblems report) {
        if (node == null || isNull(node)) {
            return false;
        }
        if (node instanceof ScalarNode scalar && scalar.getValue().matches("(?i)true|false")) {
            return Boolean.parseBoolean(scalar.getValue());
        }
        report.add(line(node), questionId, DRAFT_FIELD, "must be true or false");
        return false;
    }

    private static Set<String> union(Set<String> names, String name) {
        Set<String> all = new java.util.HashSet<>(names);
        all.add(name);
        return Set.copyOf(all);
    }

    /** The question's id, read ahead so that problems with its other fields can name it. */
    private static String idOf(Node item) {
        if (item instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")
                        && tuple.getValueNode() instanceof ScalarNode value && !isNull(value)) {
                    // "id: null" or "id: ~" is no id, as for every other field, not the text "null".
                    return value.getValue();
                }
            }
        }
        return null;
    }

    private static Node parse(Reader reader, FileProblems report) {
        try {
            Node root = BankYaml.compose(reader);
            if (root == null) {
                report.add(1, null, null, "the file is empty");
            }
            return root;
        } catch (BankYaml.AliasRefusedException e) {
            report.add(e.line(), null, null, BankYaml.ALIAS_REFUSED);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            report.add(line, null, null, "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            report.add(1, null, null, "cannot read: " + e.getMessage());
        }
        return null;
    }

    /** The fields of a mapping by name, reporting unknown and repeated names. */
    private static Map<String, Node> fields(Node node, Set<String> known, String questionId, FileProblems report) {
        Map<String, Node> fields = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            report.add(line(node), questionId, null, "expected 'name: value' fields here");
            return fields;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String name = tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "?";
            if (!known.contains(name)) {
                report.add(line(tuple.getKeyNode()), questionId, name,
                        "unknown field (expected one of " + known.stream().sorted().toList() + ")");
            } else if (fields.putIfAbsent(name, tuple.getValueNode()) != null) {
                report.add(line(tuple.getKeyNode()), questionId, name, "the field is given twice");
            }
        }
        return fields;
    }

    private static String text(Map<String, Node> fields, String name, String questionId, FileProblems report) {
        return text(fields, name, "", questionId, report);
    }

    private static String text(Map<String, Node> fields, String name, String prefix, String questionId,
            FileProblems report) {
        Node node = fields.get(name);
        if (node == null || isNull(node)) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        report.add(line(node), questionId, prefix + name, "must be a single text value, not a list or mapping");
        return null;
    }

    private static List<String> texts(Node node, String name, String questionId, FileProblems report) {
        if (node == null || isNull(node)) {
            return null;
        }
        if (!(node instanceof SequenceNode sequence)) {
            report.add(line(node), questionId, name, "must be a list, e.g. [first, second, third]");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !isNull(scalar)) {
                values.add(scalar.getValue());
            } else {
                report.add(line(item), questionId, name + "[" + values.size() + "]", "must be a single text value");
            }
        }
        return values;
    }

    private static LocalDate date(Node node, String articleId, FileProblems report) {
        if (node == null || isNull(node) || !(node instanceof ScalarNode scalar)) {
            return null;
        }
        try {
            return LocalDate.parse(scalar.getValue());
        } catch (DateTimeParseException e) {
            report.add(line(node), articleId, "published", "not a date in the form 2020-06-12");
            return null;
        }
    }

    private static String readText(Path file, FileProblems report) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            report.add(1, null, null, "cannot read " + file + ": " + e.getMessage());
            return "";
        }
    }

    private static List<Path> yamlFiles(Path dir, List<BankProblem> problems) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new BankProblem(dir.toString(), 1, null, null, "cannot list the bank directory: " + e));
            return List.of();
        }
    }

    private static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private record FileProblems(String file, List<BankProblem> problems) {

        void add(int line, String questionId, String field, String message) {
            problems.add(new BankProblem(file, line, questionId, field, message));
        }
    }
}
