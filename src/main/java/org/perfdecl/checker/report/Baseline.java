package org.perfdecl.checker.report;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a team has accepted when it adopts the checker on a pile of old forms: a run with a
 * baseline reports (and fails on) only findings that are not in it, and lists the ones that are gone.
 * Matching is by {@link Fingerprint}, so a moved line or a reworded message does not make an old
 * finding new. A baseline is read from a file written by {@code check --write-baseline}, or from any
 * JSON report the checker wrote (one report, or a batch).
 *
 * @param findings fingerprint -> what the finding was, for the "fixed" list
 */
public record Baseline(Map<String, Entry> findings) {

    /** A finding of the baseline: its rule, the form it was on and the field. */
    public record Entry(String ruleId, String form, String field) {
        @Override
        public String toString() {
            return ruleId + " " + (field == null || field.isEmpty() ? "/" : field) + " (" + form + ")";
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int VERSION = 1;

    /** What a run has against its baseline. */
    public record Comparison(List<Report> newOnly, int unchanged, List<Entry> fixed) {
    }

    public static Baseline of(List<Report> reports) {
        Map<String, Entry> findings = new LinkedHashMap<>();
        Fingerprint.Run fingerprints = new Fingerprint.Run(); // two findings of one rule at one field: two entries
        for (Report report : reports) {
            for (ReportFinding f : report.findings()) {
                findings.put(fingerprints.of(report, f), new Entry(f.ruleId(), Fingerprint.formKey(report), f.field()));
            }
        }
        return new Baseline(findings);
    }

    public static Baseline read(Path file) {
        JsonNode root;
        if (RegularFiles.isSpecial(file)) {
            throw unusable("cannot-read", file, Map.of("detail", RegularFiles.NOT_A_FILE), null);
        }
        try {
            String text = Files.readString(file);
            // a byte order mark, as Windows editors save UTF-8: read past, as forms, --previous and --waivers files are
            root = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (java.nio.file.NoSuchFileException e) {
            throw unusable("missing", file, Map.of(), e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw unusable("not-utf8", file, Map.of(), e);
        } catch (IOException e) {
            throw unusable("cannot-read", file, Map.of("detail", String.valueOf(e.getMessage())), e);
        } catch (tools.jackson.core.JacksonException e) {
            // in words, with its line and column: not the parser's own message ("Unexpected end-of-input", "[Source: REDACTED ...]")
            var at = e.getLocation();
            LocalizedText reason = org.perfdecl.checker.declaration.JsonSyntax.reason(e);
            throw at == null || at.getLineNr() < 1 ? unusable("not-json", file, Map.of("reason", reason), e)
                    : unusable("not-json.at", file, Map.of("line", at.getLineNr(), "column", at.getColumnNr(), "reason", reason), e);
        }
        Map<String, Entry> findings = new LinkedHashMap<>();
        if (root.has("baselineVersion")) {
            // a baseline that is not what --write-baseline wrote would accept nothing, or everything, in silence
            if (!root.path("baselineVersion").isInt() || root.path("baselineVersion").asInt() != VERSION) {
                // "1" in quotes was told "has baselineVersion "1"; this checker reads version 1": say it is the number
                throw unusable(root.path("baselineVersion").isNumber() ? "version" : "version-type", file,
                        Map.of("version", root.path("baselineVersion").toString(), "supported", VERSION), null);
            }
            if (!root.path("findings").isArray()) {
                throw unusable("findings", file, Map.of("value", root.path("findings").toString()), null);
            }
            int index = 0;
            for (JsonNode f : root.path("findings")) {
                for (String key : List.of("fingerprint", "ruleId", "form", "field")) {
                    if (!f.path(key).isString()) {
                        throw unusable("entry", file, Map.of("index", index, "key", key, "value", f.toString()), null);
                    }
                }
                findings.put(f.path("fingerprint").asString(), new Entry(f.path("ruleId").asString(),
                        f.path("form").asString(), f.path("field").asString()));
                index++;
            }
            return new Baseline(findings);
        }
        List<JsonNode> reports = new ArrayList<>();
        if (root.has("findings")) {
            reports.add(root);
        }
        for (JsonNode item : root.path("items")) {
            if (item.has("report")) { // an item that could not be read has an error instead: nothing to accept
                reports.add(item.get("report"));
            }
        }
        if (reports.isEmpty()) {
            throw unusable("shape", file, Map.of(), null);
        }
        for (JsonNode report : reports) {
            // a report's findings that are no list ({"findings": "x"}, a hand edit) accepted nothing, in silence: every
            // finding was new and CI failed with no word that the baseline was not understood
            if (!report.path("findings").isArray()) {
                throw unusable("findings", file, Map.of("value", report.path("findings").toString()), null);
            }
        }
        Fingerprint.Run fingerprints = new Fingerprint.Run();
        for (JsonNode report : reports) {
            JsonNode d = report.path("declaration");
            JsonNode s = report.path("source");
            String form = Fingerprint.formKey(text(d, "unit"), text(d, "projectName"),
                    d.path("budgetYear").isNumber() ? d.path("budgetYear").asInt() : null,
                    text(s, "name"), s.path("form").isNumber() ? s.path("form").asInt() : null);
            for (JsonNode f : report.path("findings")) {
                String rule = f.path("ruleId").asString();
                String field = f.path("field").asString();
                findings.put(fingerprints.of(rule, form, Fingerprint.stableField(field, text(f, "indicator"))), new Entry(rule, form, field));
            }
        }
        return new Baseline(findings);
    }

    /** A baseline that cannot be used: the reason in Chinese and English, the English as the message, as before. */
    public static final class UnusableException extends IllegalArgumentException {

        private final LocalizedText text;

        UnusableException(LocalizedText text, Throwable cause) {
            super(text.en(), cause);
            this.text = text;
        }

        public LocalizedText text() {
            return text;
        }
    }

    private static UnusableException unusable(String key, Path file, Map<String, ?> arguments, Throwable cause) {
        Map<String, Object> all = new java.util.HashMap<>(arguments);
        all.put("file", file.toString());
        return new UnusableException(ServiceTexts.text("baseline." + key, all), cause);
    }

    public void write(Path file) throws IOException {
        List<Map<String, String>> list = new ArrayList<>();
        findings.forEach((fingerprint, f) -> list.add(Map.of("fingerprint", fingerprint, "ruleId", f.ruleId(),
                "form", f.form(), "field", f.field())));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("baselineVersion", VERSION);
        out.put("findings", list);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    }

    /** The reports with only their new findings (counts and status follow), the number kept back, and what is gone. */
    /** Whether the baseline holds the finding of this fingerprint ({@link Fingerprint.Run#of}). */
    public boolean holds(String fingerprint) {
        return findings.containsKey(fingerprint);
    }

    public Comparison compare(List<Report> reports) {
        Map<String, Entry> gone = new LinkedHashMap<>(findings);
        List<Report> newOnly = new ArrayList<>();
        int unchanged = 0;
        Fingerprint.Run fingerprints = new Fingerprint.Run();
        Fingerprint.Run byRowNumber = new Fingerprint.Run(); // a baseline written before rows were named
        for (Report report : reports) {
            List<ReportFinding> fresh = new ArrayList<>();
            for (ReportFinding f : report.findings()) {
                String fingerprint = fingerprints.of(report, f);
                String old = byRowNumber.byRowNumber(report, f);
                if (findings.containsKey(fingerprint) || findings.containsKey(old)) {
                    unchanged++;
                    gone.remove(fingerprint);
                    gone.remove(old);
                } else {
                    fresh.add(f);
                }
            }
            newOnly.add(withFindings(report, fresh));
        }
        return new Comparison(newOnly, unchanged, List.copyOf(gone.values()));
    }

    private static Report withFindings(Report r, List<ReportFinding> findings) {
        return findings.size() == r.findings().size() ? r : r.withFindings(findings);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asString();
    }

}
