package app.footnote.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes questions in the bank's file format, so that what is exported can be imported again unchanged. */
public final class BankWriter {

    public String write(List<BankQuestion> questions) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setSplitLines(false);
        List<Map<String, Object>> items = new ArrayList<>();
        for (BankQuestion question : questions) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", question.id());
            if (question.draft()) {
                item.put(BankReader.DRAFT_FIELD, true);
            }
            item.put("category", question.category());
            item.put("difficulty", question.difficulty());
            item.put("prompt", question.prompt());
            item.put("answer", question.answer());
            item.put("wrong", question.wrong());
            if (!question.accept().isEmpty()) {
                item.put(BankReader.ACCEPT_FIELD, question.accept());
            }
            item.put("explanation", question.explanation());
            List<Map<String, String>> sources = question.sources() == null ? null : new ArrayList<>();
            for (BankSource source : question.sources() == null ? List.<BankSource>of() : question.sources()) {
                Map<String, String> entry = new LinkedHashMap<>();
                if (source.article() != null) {
                    entry.put("article", source.article());
                } else {
                    entry.put("url", source.url());
                }
                entry.put("quote", source.quote());
                sources.add(entry);
            }
            item.put("sources", sources);
            items.add(item);
        }
        return new Yaml(options).dump(Map.of("questions", items));
    }
}
