package app.sala.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's results: one row per figure, each beside its baseline from the same run and
 * the target Sala holds itself to, with pass or miss (shown, never asserted), then the notes on what
 * dominates each latency. Written as Markdown for people and JSON for tools.
 */
final class Report {

    /** One figure. {@code met} is null where there is no target. */
    record Row(String figure, String ours, String baseline, String target, Boolean met, Map<String, Object> data) {
        String verdict() {
            return met == null ? "" : met ? "pass" : "miss";
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> details = new ArrayList<>();

    synchronized void row(String figure, String ours, String baseline, String target, Boolean met, Map<String, Object> data) {
        rows.add(new Row(figure, ours, baseline, target, met, data));
        System.out.printf("[bench] %s: %s | baseline %s | target %s %s%n", figure, ours, baseline, target,
                met == null ? "" : met ? "(pass)" : "(miss)");
    }

    void machine(String key, Object value) {
        machine.put(key, value);
    }

    void note(String text) {
        notes.add(text);
    }

    void detail(String text) {
        details.add(text);
    }

    void error(String section, Throwable e) {
        errors.add(section + ": " + e);
        System.out.println("[bench] " + section + " FAILED: " + e);
        e.printStackTrace(System.out);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Sala benchmark\n\n");
        md.append("Machine: ");
        machine.forEach((k, v) -> md.append(k).append(" ").append(v).append("; "));
        md.append("\n\nEvery figure sits beside a baseline measured in the same run, so compare the ratio, not the ")
                .append("absolute number: the machine is shared. Targets are the ones Sala holds itself to; pass/miss is reported, never asserted.\n\n");
        md.append("| figure | Sala | baseline (same run) | target | |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.figure()).append(" | ").append(row.ours()).append(" | ").append(row.baseline())
                    .append(" | ").append(row.target()).append(" | ").append(row.verdict()).append(" |\n");
        }
        if (!errors.isEmpty()) {
            md.append("\n## Sections that failed\n\n");
            errors.forEach(e -> md.append("- ").append(e.replace("\n", " ")).append('\n'));
        }
        md.append("\n## What dominates each latency, and the next optimisation\n\n");
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        if (!details.isEmpty()) {
            md.append("\n## Details\n\n");
            details.forEach(d -> md.append(d).append("\n\n"));
        }
        return md.toString();
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("report.md"), markdown());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("figure", row.figure());
            item.put("sala", row.ours());
            item.put("baseline", row.baseline());
            item.put("target", row.target());
            item.put("met", row.met());
            item.put("data", row.data());
            list.add(item);
        }
        json.put("rows", list);
        json.put("notes", notes);
        json.put("errors", errors);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("report.json").toFile(), json);
    }
}
