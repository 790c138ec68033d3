package app.footnote.bank.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Stanford CoreNLP's English models, loaded once per process on the first article read: they take half a minute
 * and about 1 GB of heap, which a bot that never generates should not pay. CoreNLP keeps loaded annotators in a pool of
 * its own, so a second pipeline with the same settings costs nothing.
 */
final class LanguageModels {

    private static final String WARM_UP = "Acme Corp agreed on Monday, March 2, 2020, to buy Widget Inc for $4.5"
            + " billion, a premium of 30%, Jane Doe of London said.";
    private static volatile StanfordCoreNLP pipeline;

    private LanguageModels() {
    }

    /** The pipeline, loading it first when this is the process's first article; {@code progress} hears of the load. */
    static StanfordCoreNLP pipeline(Consumer<String> progress) {
        StanfordCoreNLP loaded = pipeline;
        if (loaded != null) {
            return loaded;
        }
        if (loadedByCoreNlp()) {
            // Another class loader of this process (a test's restarted application) loaded the models into CoreNLP's
            // pool: this pipeline is built from it in milliseconds, and announcing a load would be untrue.
            progress = line -> {
            };
        }
        synchronized (LanguageModels.class) {
            if (pipeline == null) {
                progress.accept("Loading the English language models (once per process, about half a minute)…");
                long start = System.nanoTime();
                StanfordCoreNLP models = new StanfordCoreNLP(settings());
                // The named-entity models load their date and number rules on first use: a short text here makes
                // that part of the load, not of the first moderator's article.
                models.annotate(new CoreDocument(WARM_UP));
                pipeline = models;
                progress.accept(String.format("Language models loaded in %.1f s.", (System.nanoTime() - start) / 1e9));
            }
            return pipeline;
        }
    }

    private static Properties settings() {
        Properties settings = new Properties();
        // Named entities (with normalised dates, money and numbers) and a dependency parse are all the generator
        // reads; coreference would double the time and the memory for the few pronouns it resolves itself.
        settings.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // An article's lines are paragraphs or headlines: neither runs on into the next line.
        settings.setProperty("ssplit.newlineIsSentenceBreak", "always");
        settings.setProperty("ner.applyFineGrained", "true");
        settings.setProperty("ner.additional.regexner.mapping", Networks.entityRules().toString());
        settings.setProperty("ner.useSUTime", "true");
        // A sentence longer than this is no footnote; parsing it would cost seconds for nothing.
        settings.setProperty("parse.maxlen", "120");
        settings.setProperty("depparse.maxlen", "120");
        settings.setProperty("pos.maxlen", "200");
        settings.setProperty("ner.maxlen", "200");
        return settings;
    }

    /**
     * Whether CoreNLP's own pool holds the model annotators loaded already. It does when CoreNLP is shared by several
     * class loaders of one process, as in the tests (see application.properties), where each restart of the
     * application has a {@code LanguageModels} of its own.
     */
    private static boolean loadedByCoreNlp() {
        Set<String> loaded = new HashSet<>();
        StanfordCoreNLP.GLOBAL_ANNOTATOR_CACHE.forEach((signature, annotator) -> {
            if (annotator.getIfDefined() != null) {
                loaded.add(signature.name);
            }
        });
        // The annotators of settings() that read models, which take the time and the memory.
        return loaded.containsAll(List.of("pos", "ner", "depparse"));
    }
}
