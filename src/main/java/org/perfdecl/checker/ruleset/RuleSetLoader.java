package org.perfdecl.checker.ruleset;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles a {@link RuleSource} into a {@link RuleSet}, or fails with every problem found, each as
 * {@code file:line: message}: DRL syntax, missing rule metadata, missing message texts, parameters a
 * rule asks for that the parameter file lacks, broken YAML. A rule set is all or nothing.
 */
public class RuleSetLoader {

    // a list: the error message names them in this order, run after run
    public static final List<String> SEVERITIES = List.of("ERROR", "WARNING", "INFO");
    /** A key given twice is an error, not the last one silently winning (a threshold edited in one place, read from the other). */
    static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
    private static final Pattern RULE_HEAD = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern RULE_END = Pattern.compile("^\\s*end\\s*$");
    private static final Pattern CLASS_OF_A_DUPLICATE = Pattern.compile("The type Rule_\\S+ is already defined");
    private static final Pattern MALFORMED_NUMBER = Pattern.compile("Malformed numeric value '([^:']*)");
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate (?:field|property) [\"']([^\"']*)[\"']");
    private static final Pattern PARAMETER_USE = Pattern.compile("\\b(number|text|words|numbers|texts)\\(\\s*\"([^\"]+)\"");
    /** {@code report($fact, "where", "variant")}: a literal third argument names the message variant. */
    private static final Pattern REPORT_USE = Pattern.compile("\\breport\\(\\s*[^,;)]+(?:,\\s*(\"[^\"]*\"|[^,;)]+))?(?:,\\s*(\"[^\"]*\"|[^;]+?))?\\s*\\)\\s*;");
    /** A {@code \\u} of a .properties text not followed by four hex digits (its backslash not itself escaped). */
    private static final Pattern MALFORMED_ESCAPE = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u(?![0-9a-fA-F]{4})");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern ID = Pattern.compile("[A-Z]{2,5}-\\d{3}");
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Object KIE_LOCK = new Object();
    /** The rule bases last built or loaded in this JVM, by the content hash of their rules. */
    private static final KeptRuleBases KEPT = new KeptRuleBases(4);

    static {
        // MVEL compiles a constraint to bytecode after its 20th evaluation, and that bytecode calls a static
        // interface method (List.of($marker) in TGT-011) as a class method: every later check reaching it
        // failed with IncompatibleClassChangeError. Rules compiled by MVEL (a changed rule the executable model
        // refuses, or its first run) stay interpreted; the executable model, the usual path, has no such JIT.
        if (System.getProperty(org.kie.internal.conf.ConstraintJittingThresholdOption.PROPERTY_NAME) == null) {
            System.setProperty(org.kie.internal.conf.ConstraintJittingThresholdOption.PROPERTY_NAME, "-1");
        }
        // Drools looks up MVEL's JIT executor through the context class loader once per JVM and keeps a
        // failure for good; look it up here, with this class's loader, before any thread can do it with
        // one that cannot see the nested jars (see Workers)
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(RuleSetLoader.class.getClassLoader());
        try {
            org.kie.internal.concurrent.ExecutorProviderFactory.getExecutorProvider();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /**
     * Parameters that the fact mapping (Java) reads, so a rule set without them is refused up front, and how
     * it reads each ({@link #JAVA_READS}): one of another type was refused only by the trial, as a failure
     * of every fixture ("the checker failed inside the rules engine"), or read as nothing in silence.
     */
    public static final List<String> PARAMETERS_READ_BY_JAVA = List.of("defaultFramework",
            "reading.nameSuffixes", "reading.rateUnits", "reading.scaledRateUnits", "reading.amountUnits", "reading.bareMagnitudes",
            "reading.countUnits", "reading.traditional", "reading.yesWords", "reading.noWords",
            "reading.placeholders", "reading.notApplicable", "reading.deadlineWords", "reading.boundWords",
            "reading.comparatorWords", "reading.negatingModals", "reading.requiringModals", "reading.directionWords", "reading.zeroWords", "reading.rateQualifierSuffixes", "reading.indicatorNames.rate",
            "reading.indicatorNames.count", "reading.indicatorNames.money", "reading.indicatorNames.date",
            "reading.dateSerial.min", "reading.dateSerial.max", "reading.referenceWords", "reading.overWords",
            "reading.exclusiveNotes", "reading.gradeUnits", "reading.perWords", "reading.currencySigns", "reading.timeUnits",
            "reading.quarterLetters", "reading.twoDigitYearEnds", "reading.averageWords", "reading.ratioSigns",
            "reading.ratioNames", "reading.standardCodes", "reading.multipleUnits", "reading.dayOfPeriodBefore", "reading.namedPeriods", "reading.deadlineEnds", "reading.misspeltUnits", "reading.negations", "targets.yesNoMarker", "reading.rangeJoins", "reading.timeOfDayMarks",
            "reading.unitSpellings", "reading.lookAlikeZeros", "reading.capitalNumerals", "reading.baselineWords", "reading.allWords",
            "reading.roundTheClock", "reading.levelWords", "reading.perMeasureWords", "reading.perThingEnds",
            "reading.perThingMaxChars", "reading.perMagnitudes", "reading.periodVerbStops", "reading.perVerbMaxChars",
            "reading.averagePeriodNotBefore", "reading.substanceNames", "reading.flatPowerUnits", "reading.groupUnits", "reading.minusWords", "reading.footnoteMarks", "reading.targetLabels", "reading.wordFigures", "reading.indefiniteCounts", "reading.ordinalWords", "reading.rankUnits", "reading.standardWords", "relevance.termSuffixes", "relevance.stopTerms",
            "relevance.sloganVerbs", "relevance.synonyms", "relevance.maxChars.text", "relevance.maxChars.name");

    /**
     * The accessor Java reads a parameter of {@link #PARAMETERS_READ_BY_JAVA} with: as {@link #JAVA_READS} names
     * it, else a mapping as names to texts and anything else as words (the two kinds most are read as).
     */
    private static String javaReads(Policy policy, String key) {
        String named = JAVA_READS.get(key);
        return named != null ? named : policy.typeProblemText("texts", key) == null ? "texts" : "words";
    }

    /** The accessor Java reads each parameter of {@link #PARAMETERS_READ_BY_JAVA} with, where {@link #javaReads} would not guess it. */
    static final Map<String, String> JAVA_READS = Map.ofEntries(
            Map.entry("defaultFramework", "text"), Map.entry("targets.yesNoMarker", "text"),
            Map.entry("reading.dateSerial.min", "number"), Map.entry("reading.dateSerial.max", "number"),
            Map.entry("relevance.maxChars.text", "number"), Map.entry("reading.perThingMaxChars", "number"),
            Map.entry("reading.perVerbMaxChars", "number"), Map.entry("reading.substanceNames", "texts"),
            Map.entry("reading.flatPowerUnits", "texts"), Map.entry("relevance.maxChars.name", "number"),
            Map.entry("reading.amountUnits", "numbers"), Map.entry("reading.scaledRateUnits", "numbers"),
            Map.entry("reading.averageWords", "texts"), Map.entry("reading.boundWords", "texts"),
            Map.entry("reading.comparatorWords", "texts"), Map.entry("reading.currencySigns", "texts"),
            Map.entry("reading.directionWords", "texts"), Map.entry("reading.misspeltUnits", "texts"),
            Map.entry("reading.overWords", "texts"), Map.entry("reading.traditional", "texts"));

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RuleSetLoader.class);

    /** Kept in place of a kjar: the executable model refused these rules (MVEL compiles them). */
    private static final byte[] REFUSED = new byte[0];

    private final CompiledRules compiled;
    private final boolean executableModel;
    /** Why the executable model last refused a rule set that MVEL then compiled (for the build step's warning). */
    volatile List<RuleProblem> executableModelRefusal = List.of();

    /**
     * The bundled rules load precompiled when the folder holds them unchanged; any other rule set is
     * compiled with MVEL, which compiles faster than the executable model once the JVM is warm (a
     * reload in the service: BENCHMARKS.md has the figures).
     */
    public RuleSetLoader() {
        this(CompiledRules.BUNDLED, false);
    }

    /**
     * @param compiled        where compiled rule sets are looked up by content hash, and kept
     * @param executableModel compile what is not found with Drools' executable model (what can be kept)
     *                        rather than with MVEL
     */
    public RuleSetLoader(CompiledRules compiled, boolean executableModel) {
        this.compiled = compiled;
        this.executableModel = executableModel;
    }

    /**
     * For a command-line run: the bundled rules precompiled, any other rule set from the user's
     * cache, else compiled with the executable model and kept there for the next run.
     */
    public static RuleSetLoader cached() {
        return new RuleSetLoader(CompiledRules.BUNDLED.then(RuleSetCache.inUserCacheFolder()), true);
    }

    public RuleSet load(RuleSource source) {
        if (source.files().isEmpty() && source.binaries().isEmpty()) {
            // one problem, naming the folder once: six (one per missing file, the folder's name written twice in the
            // last) told a user who gave the wrong folder nothing they could not see
            throw new RuleSetException(List.of(RuleProblem.said("", 0, "folder-empty", Map.of("folder", source.location()))));
        }
        List<RuleProblem> problems = new ArrayList<>();
        Policy policy = loadPolicy(source, problems);
        Map<String, Framework> frameworks = loadFrameworks(source, problems);
        Messages messages = loadMessages(source, problems);
        CatalogueFile catalogue = loadCatalogue(source, problems);
        DecisionTables tables = DecisionTables.read(source, problems);
        Map<String, String> drl = ruleTexts(source, tables, problems);
        Map<String, RuleText> texts = scanRules(drl);
        if (texts.isEmpty()) {
            problems.add(RuleProblem.said("", 0, "no-drl", Map.of())); // of the folder: named once, by who shows it
        }
        problems.addAll(divisionsByZero(texts));
        problems.addAll(unstoppableMatches(drl));
        KeptRuleBases.Kept compiled = compile(problems.isEmpty() ? compiledKey(drl) : null, StoppableLoops.guard(drl), problems);
        KieBase kieBase = compiled == null ? null : compiled.kieBase();
        List<RuleInfo> rules = kieBase == null ? List.of() : catalogue(kieBase, texts, messages, catalogue, source.files(), problems)
                .stream().map(tables::locate).toList();
        if (policy != null) {
            checkParameters(policy, source.files().get(Policy.FILE), texts, frameworks, problems);
        }
        if (!problems.isEmpty()) {
            // one mistake in a table column's code is found once per rule its rows make: told once, at its cell
            throw new RuleSetException(problems.stream().map(tables::locate).distinct().toList());
        }
        // where each rule is written: as scanned, a decision table's rule at its row (as the catalogue names it)
        Map<String, String> places = new HashMap<>();
        texts.forEach((name, text) -> places.put(name, text.file() + ":" + text.line()));
        rules.forEach(r -> places.put(r.name(), r.file() + ":" + r.line()));
        return new RuleSet(source.version(), source.location(), Instant.now(),
                kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), compiled.again(), rules, policy,
                frameworks, messages, catalogue.catalogue(), places);
    }

    /**
     * The catalogue as read, with the ids it names even where their entry is broken: a broken entry or
     * an unreadable file is one problem, not one more for every rule of those ids.
     */
    private record CatalogueFile(Catalogue catalogue, Set<String> named, boolean read, String text) {
        boolean accountsFor(String id) {
            return !read || named.contains(id);
        }
    }

    private Policy loadPolicy(RuleSource source, List<RuleProblem> problems) {
        String text = source.files().get(Policy.FILE);
        if (text == null) {
            problems.add(RuleProblem.said(Policy.FILE, 0, "parameters.missing", Map.of()));
            return null;
        }
        JsonNode root = readYaml(Policy.FILE, text, problems);
        return root == null ? null : new Policy(root);
    }

    private Map<String, Framework> loadFrameworks(RuleSource source, List<RuleProblem> problems) {
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        source.files().forEach((path, text) -> {
            if (!path.startsWith("frameworks/") || !(path.endsWith(".yaml") || path.endsWith(".yml"))) {
                return;
            }
            JsonNode node = readYaml(path, text, problems);
            if (node == null) {
                return;
            }
            try {
                Framework f = YAML.treeToValue(node, Framework.class);
                if (f.id() == null || f.id().isBlank()) {
                    problems.add(RuleProblem.said(path, 1, "framework.no-id", Map.of()));
                } else if (f.levels().isEmpty()) {
                    problems.add(RuleProblem.said(path, 1, "framework.no-levels", Map.of("id", f.id())));
                } else if (frameworks.putIfAbsent(f.id(), f) != null) {
                    problems.add(RuleProblem.said(path, 1, "framework.twice", Map.of("id", f.id())));
                }
                var fields = org.perfdecl.checker.declaration.Declaration.fieldNames();
                f.absentFields().stream().filter(name -> !fields.contains(name)).forEach(name -> problems.add(RuleProblem.said(
                        path, lineOf(text, name), "framework.absent-field", Map.of("field", name, "fields", fields))));
                for (Framework.Level level : f.levels()) {
                    for (String required : level.required()) {
                        if (!level.allowed().contains(required)) {
                            problems.add(RuleProblem.said(path, lineOf(text, required), "framework.required-not-allowed",
                                    Map.of("indicator", required, "level", level.name())));
                        }
                    }
                }
            } catch (JacksonException e) {
                problems.add(RuleProblem.said(path, line(e), "framework.invalid", Map.of("problem", yamlMessage(e))));
            }
        });
        if (frameworks.isEmpty()) {
            problems.add(RuleProblem.said("frameworks/", 0, "framework.none", Map.of()));
        }
        return frameworks;
    }

    /** Every line a key of a .properties text starts on (1-based), in order. */
    static List<Integer> keyLines(String text, String key) {
        List<Integer> found = new java.util.ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.startsWith(key) && l.length() > key.length() && "=: \t".indexOf(l.charAt(key.length())) >= 0) {
                found.add(i + 1);
            }
        }
        return found;
    }

    /** The line a key of a .properties or YAML text starts on (1-based; not a comment naming it), or 0 when it cannot be told. */
    static int keyLine(String text, String key) {
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.startsWith(key) && l.length() > key.length() && "=: \t".indexOf(l.charAt(key.length())) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private Messages loadMessages(RuleSource source, List<RuleProblem> problems) {
        Map<String, Properties> bundles = new HashMap<>();
        for (String language : List.of(Messages.ZH, Messages.EN)) {
            String path = "messages/messages_" + language + ".properties";
            String text = source.files().get(path);
            if (text == null) {
                problems.add(RuleProblem.said(path, 0, "messages.missing", Map.of("language", language)));
                continue;
            }
            java.util.Set<String> twice = new java.util.TreeSet<>();
            Properties p = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    Object before = super.put(key, value);
                    if (before != null) {
                        twice.add(String.valueOf(key));
                    }
                    return before;
                }
            };
            // a malformed \\u escape stopped the whole file: one problem at line 0, and every text below it told
            // missing, hundreds of lines; told at its line, the rest of the file read
            Matcher escape = MALFORMED_ESCAPE.matcher(text);
            StringBuilder readable = new StringBuilder();
            while (escape.find()) {
                int line = 1 + (int) text.substring(0, escape.start()).chars().filter(c -> c == '\n').count();
                problems.add(RuleProblem.said(path, line, "messages.bad-escape", Map.of("escape",
                        text.substring(escape.end() - 2, Math.min(text.length(), escape.end() + 4)).strip())));
                escape.appendReplacement(readable, Matcher.quoteReplacement(escape.group(1) + "u"));
            }
            escape.appendTail(readable);
            try {
                p.load(new StringReader(readable.toString()));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(RuleProblem.said(path, 0, "cannot-read", Map.of("detail", String.valueOf(e.getMessage()))));
            }
            // the later text would win in silence: an edit added below an old line, or a copied line not renamed
            for (String key : twice) {
                List<Integer> lines = keyLines(text, key);
                problems.add(RuleProblem.said(path, lines.isEmpty() ? 0 : lines.get(lines.size() - 1), "messages.twice",
                        Map.of("key", key, "lines", lines.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")))));
            }
            bundles.put(language, p);
            for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
                String stray = Messages.strayBrace(p.getProperty(key));
                if (stray != null) {
                    problems.add(RuleProblem.said(path, keyLine(text, key), "messages.stray-brace", Map.of("key", key, "fragment", stray)));
                }
            }
        }
        if (bundles.size() == 2) {
            for (String language : List.of(Messages.ZH, Messages.EN)) {
                String other = Messages.ZH.equals(language) ? Messages.EN : Messages.ZH;
                bundles.get(language).stringPropertyNames().stream().sorted()
                        .filter(key -> bundles.get(other).getProperty(key) == null)
                        .forEach(key -> problems.add(RuleProblem.said("messages/messages_" + other + ".properties", 0,
                                "messages.one-language", Map.of("key", key, "language", language, "line",
                                        keyLine(source.files().get("messages/messages_" + language + ".properties"), key)))));
            }
        }
        return new Messages(bundles);
    }

    /** rules/catalogue.yaml: per rule id its category, severities (default first, then bands) and reference. */
    private CatalogueFile loadCatalogue(RuleSource source, List<RuleProblem> problems) {
        String text = source.files().get(Catalogue.FILE);
        if (text == null) {
            problems.add(RuleProblem.said(Catalogue.FILE, 0, "catalogue.missing", Map.of()));
            return new CatalogueFile(new Catalogue(Map.of()), Set.of(), false, "");
        }
        JsonNode root = readYaml(Catalogue.FILE, text, problems);
        Map<String, Catalogue.Entry> entries = new LinkedHashMap<>();
        if (root == null) {
            return new CatalogueFile(new Catalogue(entries), Set.of(), false, text);
        }
        Set<String> named = new java.util.HashSet<>();
        for (var e : root.properties()) {
            String id = e.getKey();
            named.add(id);
            JsonNode node = e.getValue();
            int line = keyLine(text, id);
            if (!ID.matcher(id).matches()) {
                problems.add(RuleProblem.said(Catalogue.FILE, line, "catalogue.bad-id", Map.of("id", id)));
                continue;
            }
            List<String> severities = new ArrayList<>();
            JsonNode severity = node.path("severity");
            if (severity.isArray()) {
                severity.forEach(v -> severities.add(v.asString()));
            } else if (severity.isString()) {
                severities.add(severity.asString());
            }
            if (severities.isEmpty() || !SEVERITIES.containsAll(severities)) {
                problems.add(severity.isMissingNode()
                        ? RuleProblem.said(Catalogue.FILE, line, "catalogue.severity-missing", Map.of("id", id, "severities", SEVERITIES))
                        : RuleProblem.said(Catalogue.FILE, line, "catalogue.severity", Map.of("id", id, "severities", SEVERITIES,
                                "value", severity)));
                continue;
            }
            String category = node.path("category").asString("");
            String reference = node.path("ref").asString("");
            if (category.isBlank() || reference.isBlank()) {
                problems.add(RuleProblem.said(Catalogue.FILE, line, "catalogue.category-ref", Map.of("id", id)));
                continue;
            }
            entries.put(id, new Catalogue.Entry(id, category, List.copyOf(severities), reference));
        }
        return new CatalogueFile(new Catalogue(entries), named, true, text);
    }

    private static JsonNode readYaml(String path, String text, List<RuleProblem> problems) {
        try {
            JsonNode node = YAML.readTree(text);
            if (node == null || !node.isObject()) {
                problems.add(RuleProblem.said(path, 1, "yaml.not-mapping", Map.of()));
                return null;
            }
            return tagged(path, text, problems) ? null : node;
        } catch (JacksonException e) {
            problems.add(RuleProblem.said(path, line(e), "yaml.error", Map.of("problem", yamlMessage(e))));
            return null;
        }
    }

    /**
     * Whether the YAML writes a tag ({@code !!java.net.URL http://…}, {@code !foo bar}, {@code !!str 0.9}), each told
     * at its line. The reader never constructs a type from a tag (Jackson builds a tree of plain values, whatever
     * the tag), but it dropped the tag silently: a value that is not what its writer meant, or a file made for a
     * loader that does construct types, served as if plain. A rule-set file holds plain values only, so the file
     * is refused, as one the parser cannot read is.
     */
    static boolean tagged(String path, String text, List<RuleProblem> problems) {
        boolean tagged = false;
        try {
            for (org.snakeyaml.engine.v2.events.Event event : new org.snakeyaml.engine.v2.api.lowlevel.Parse(
                    org.snakeyaml.engine.v2.api.LoadSettings.builder().build()).parseString(text)) {
                java.util.Optional<String> tag = event instanceof org.snakeyaml.engine.v2.events.ScalarEvent scalar ? scalar.getTag()
                        : event instanceof org.snakeyaml.engine.v2.events.CollectionStartEvent collection ? collection.getTag()
                        : java.util.Optional.empty();
                int line = event.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
                if (tag.isPresent()) {
                    problems.add(RuleProblem.said(path, line, "yaml.tag", Map.of("tag", asWritten(tag.get()))));
                    tagged = true;
                }
                // an alias (*warn) was read as the plain text "warn", and a file of aliases of aliases (a "billion
                // laughs") went live: anchors and aliases are YAML's, not a rules file's, and told at their line too
                if (event instanceof org.snakeyaml.engine.v2.events.AliasEvent alias) {
                    problems.add(RuleProblem.said(path, line, "yaml.alias", Map.of("alias", "*" + alias.getAlias().getValue())));
                    tagged = true;
                } else if (event instanceof org.snakeyaml.engine.v2.events.NodeEvent node && node.getAnchor().isPresent()) {
                    problems.add(RuleProblem.said(path, line, "yaml.alias", Map.of("alias", "&" + node.getAnchor().get().getValue())));
                    tagged = true;
                }
            }
        } catch (RuntimeException unreadable) {
            // the tree was read, so the events are too; should they not be, the tree's reading stands
        }
        return tagged;
    }

    /** A tag as a YAML file writes it: {@code !!java.net.URL} for the resolved {@code tag:yaml.org,2002:java.net.URL}. */
    private static String asWritten(String tag) {
        String core = "tag:yaml.org,2002:";
        return tag.startsWith(core) ? "!!" + tag.substring(core.length()) : tag;
    }

    /**
     * What the YAML parser found wrong, in one line: its own message spans several, with a snippet of the
     * file and a caret under the column, which a list of problems (or a 422 answer) cannot show.
     */
    public static org.perfdecl.checker.report.LocalizedText yamlMessage(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException m && m.getProblem() != null) {
                String at = m.getProblemMark().map(mark -> " at line " + (mark.getLine() + 1) + ", column "
                        + (mark.getColumn() + 1)).orElse("");
                String context = m.getContext() == null ? "" : " (" + m.getContext()
                        + m.getContextMark().map(mark -> " that starts at line " + (mark.getLine() + 1) + ", column "
                        + (mark.getColumn() + 1)).orElse("") + ")";
                return parser(m.getProblem() + at + context);
            }
        }
        Matcher duplicate = DUPLICATE_KEY.matcher(e.getOriginalMessage());
        if (duplicate.find()) {
            return text("yaml.duplicate", Map.of("key", duplicate.group(1)));
        }
        Matcher malformed = MALFORMED_NUMBER.matcher(e.getOriginalMessage());
        if (malformed.find()) {
            // YAML's .nan and .inf (and numbers Jackson cannot hold): the parser's text names a Java exception
            return text("yaml.not-a-number", Map.of("value", malformed.group(1).strip()));
        }
        return parser(e.getOriginalMessage().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("^"))
                .collect(java.util.stream.Collectors.joining(" ")));
    }

    /** The YAML parser's own words: not ours, kept as written. */
    private static org.perfdecl.checker.report.LocalizedText parser(String words) {
        return text("yaml.parser", Map.of("text", words));
    }

    private static org.perfdecl.checker.report.LocalizedText text(String key, Map<String, ?> arguments) {
        return org.perfdecl.checker.report.ServiceTexts.text("ruleset." + key, arguments);
    }

    /**
     * The line of a YAML problem: where the parser found it (its problem mark), which the message names too;
     * Jackson's location is that of the last token read, a line before a tab that starts the next one.
     */
    private static int line(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException m && m.getProblemMark().isPresent()) {
                return m.getProblemMark().get().getLine() + 1;
            }
        }
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    }

    /**
     * The rules as DRL, by file: .drl as written, .dslr (rules in the review language) expanded with
     * the phrases of every .dsl file, and each sheet of a decision table (.xlsx) as {@code file!sheet}.
     * Expansion keeps the lines, so errors still name the .dslr line.
     */
    /**
     * The key a rule set is kept compiled under: the hash of the DRL it compiles (the .drl files, the
     * .dslr files expanded, the decision tables as DRL), not of every file. A changed threshold,
     * message, catalogue entry or fixture compiles nothing: the rules read those at run time, so a
     * reload or a command-line run with a new threshold loads the compiled rules instead of spending
     * seconds on a compile.
     */
    public static String compiledKey(RuleSource source) {
        return compiledKey(ruleTexts(source, new ArrayList<>()));
    }

    /** The same, the decision tables looked up in and kept into {@code tables}. */
    static String compiledKey(RuleSource source, ConvertedTables tables) {
        List<RuleProblem> problems = new ArrayList<>();
        return compiledKey(ruleTexts(source, DecisionTables.read(source, problems, tables), problems));
    }

    private static String compiledKey(Map<String, String> drl) {
        return RuleSource.hash(StoppableLoops.guard(drl), Map.of()); // a set compiled before loops were guarded is not it
    }

    static Map<String, String> ruleTexts(RuleSource source, List<RuleProblem> problems) {
        return ruleTexts(source, DecisionTables.read(source, problems), problems);
    }

    private static Map<String, String> ruleTexts(RuleSource source, DecisionTables tables, List<RuleProblem> problems) {
        Map<String, String> drl = new java.util.TreeMap<>(tables.drl());
        Map<String, String> dslFiles = new java.util.TreeMap<>();
        source.files().forEach((path, text) -> {
            if (path.endsWith(".drl")) {
                drl.put(path, text);
            } else if (path.endsWith(".dslr") || path.endsWith(".dsl")) {
                dslFiles.put(path, text);
            }
        });
        if (dslFiles.keySet().stream().anyMatch(path -> path.endsWith(".dslr"))) {
            Expanded expanded = EXPANDED.computeIfAbsent(dslFiles, RuleSetLoader::expand);
            drl.putAll(expanded.drl());
            problems.addAll(expanded.problems());
        }
        return drl;
    }

    /** The .dslr files of a rule set as DRL, and what the expansion found wrong, for the .dsl and .dslr files given. */
    private record Expanded(Map<String, String> drl, List<RuleProblem> problems) {
    }

    /**
     * The last expansions, by the .dsl and .dslr files' texts: every load expands the .dslr files to know the rule set's
     * content hash, even when its compiled form is found, and parsing the .dsl mapping was 2% of the test suite's CPU
     * (each reload and each trial in the service). The same texts expand the same way.
     */
    private static final Map<Map<String, String>, Expanded> EXPANDED = Lru.of(4);

    private static Expanded expand(Map<String, String> dslFiles) {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> drl = new java.util.TreeMap<>();
        org.drools.drl.parser.lang.dsl.DefaultExpander expander = expander(dslFiles, problems);
        dslFiles.forEach((path, text) -> {
            if (!path.endsWith(".dslr")) {
                return;
            }
            drl.put(path, expander.expand(text));
            for (var error : expander.getErrors()) {
                problems.add(new RuleProblem(path, Math.max(0, error.getLine()), error.getMessage().strip()));
            }
            expander.getErrors().clear();
        });
        return new Expanded(Map.copyOf(drl), List.copyOf(problems));
    }

    private static org.drools.drl.parser.lang.dsl.DefaultExpander expander(Map<String, String> files, List<RuleProblem> problems) {
        var expander = new org.drools.drl.parser.lang.dsl.DefaultExpander();
        files.forEach((path, text) -> {
            if (!path.endsWith(".dsl")) {
                return;
            }
            var mapping = new org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile();
            try {
                if (!mapping.parseAndLoad(new StringReader(text))) {
                    mapping.getErrors().forEach(err -> problems.add(new RuleProblem(path,
                            err.getLines().length > 0 ? Math.max(0, err.getLines()[0]) : 0,
                            err.getMessage())));
                }
            } catch (IOException ex) {
                problems.add(RuleProblem.said(path, 0, "cannot-read", Map.of("detail", String.valueOf(ex.getMessage()))));
            }
            expander.addDSLMapping(mapping.getMapping());
        });
        return expander;
    }

    /**
     * The rules compiled, or loaded compiled when the store has them ({@code contentHash} null: do not
     * look, as when other files of the set already failed).
     */
    private KeptRuleBases.Kept compile(String contentHash, Map<String, String> drl, List<RuleProblem> problems) {
        byte[] kjar = contentHash == null ? null : compiled.find(contentHash);
        boolean refusedBefore = kjar != null && kjar.length == 0;
        if (kjar != null && !refusedBefore) {
            try {
                return KEPT.loadKjar(contentHash, kjar);
            } catch (RuntimeException | LinkageError e) {
                log.debug("a compiled rule set did not load; compiling it again", e);
                compiled.forget(contentHash);
            }
        }
        if (executableModel && !refusedBefore) {
            List<RuleProblem> refused = new ArrayList<>();
            KeptRuleBases.Kept kieBase;
            try {
                kieBase = build(drl, true, contentHash, refused);
            } catch (RuntimeException e) {
                // its code generator throws on some rules MVEL compiles (reading.unit as a call's argument:
                // a parse error in drools-model-codegen 10.x); a refusal like any other, not a crash
                refused.add(new RuleProblem("?", 0, "the executable model's code generator failed: " + e));
                kieBase = null;
            }
            if (kieBase != null) {
                return kieBase;
            }
            executableModelRefusal = List.copyOf(refused);
            log.debug("the executable model refused the rules: {}", refused);
            if (contentHash != null) {
                compiled.keep(contentHash, REFUSED); // the next run goes to MVEL at once instead of compiling twice
            }
            // refused: MVEL, the reference compiler, says why in the words the guide shows (or compiles
            // what the executable model cannot); errors are the rare case, so compiling twice is fine
        }
        return build(drl, false, null, problems);
    }

    private KeptRuleBases.Kept build(Map<String, String> drl, boolean executableModel, String contentHash, List<RuleProblem> problems) {
        return build(drl, executableModel, contentHash, problems, true);
    }

    /** @param keep look for the rules built before in this JVM, and keep them for the next build, else build them anew */
    private KeptRuleBases.Kept build(Map<String, String> drl, boolean executableModel, String contentHash, List<RuleProblem> problems,
                                     boolean keep) {
        synchronized (KIE_LOCK) {
            String key = (executableModel ? "executable-model " : "mvel ") + compiledKey(drl);
            java.util.Optional<KeptRuleBases.Kept> built = keep ? KEPT.get(key) : java.util.Optional.empty();
            if (built.isPresent()) {
                if (executableModel && contentHash != null) {
                    compiled.keep(contentHash, built.get().kjar());
                }
                return built.get();
            }
            KieServices ks = KieServices.Factory.get();
            KieFileSystem kfs = ks.newKieFileSystem();
            ReleaseId releaseId = ks.newReleaseId("org.perfdecl.rules", "ruleset", "1.0." + BUILDS.incrementAndGet());
            kfs.generateAndWritePomXML(releaseId);
            // a plain name per file in the build (a sheet's name may hold any character), told back in errors,
            // in the folder of its package (else Drools warns of every file on every compile)
            Map<String, String> written = new HashMap<>();
            drl.forEach((path, text) -> {
                Matcher pkg = PACKAGE.matcher(text);
                String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "rules";
                String name = folder + "/file" + written.size() + ".drl";
                written.put(name, path);
                // as UTF-8 bytes named so: a String or bytes without their encoding are read back in the JVM's default,
                // which without a UTF-8 locale (LANG unset in a CI container, Java 17) made every Chinese rule name ??????
                kfs.write(ks.getResources().newByteArrayResource(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "UTF-8")
                        .setSourcePath("src/main/resources/" + name));
            });
            ClassLoader loader = RememberingClassLoader.OF_THE_CHECKER; // a name missing from the class path costs one search per JVM
            KieBuilder builder = executableModel
                    ? ks.newKieBuilder(kfs, loader).buildAll(org.drools.model.codegen.ExecutableModelProject.class)
                    : ks.newKieBuilder(kfs, loader).buildAll();
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            List<Message> syntax = errors.stream().filter(m -> m.getText().startsWith("[ERR ")).toList();
            if (!syntax.isEmpty()) {
                // a syntax error stops the build before the declared types exist: what follows would be noise
                errors = syntax;
            }
            if (!errors.isEmpty()) {
                List<RuleProblem> found = new ArrayList<>();
                for (Message m : errors) {
                    String path = m.getPath() == null ? "?"
                            : written.getOrDefault(m.getPath().replaceFirst("^src/main/resources/", ""), m.getPath());
                    found.add(new RuleProblem(path, Math.max(0, m.getLine()), m.getText().strip()));
                }
                problems.addAll(unknownProperties(withoutConsequences(found)));
                ks.getRepository().removeKieModule(releaseId);
                return null;
            }
            KieContainer container = ks.newKieContainer(releaseId, loader);
            KieBase kieBase = container.newKieBase(ConsequenceFailures.configuration(loader));
            // the base lives on without the module; keeping modules would grow memory on every reload
            ks.getRepository().removeKieModule(releaseId);
            byte[] kjar = executableModel ? ((org.drools.compiler.kie.builder.impl.InternalKieModule) builder.getKieModule()).getBytes() : new byte[0];
            if (executableModel && contentHash != null) {
                compiled.keep(contentHash, kjar);
            }
            // another base of these rules: of the kjar made, or (MVEL's packages cannot be had twice: Drools copies a
            // package in use by serialising it, which loses the types the rules declare) the rules compiled again
            KeptRuleBases.Kept kept = new KeptRuleBases.Kept(kjar, kieBase, executableModel ? () -> CompiledKjar.kieBase(kjar) : () -> {
                List<RuleProblem> failed = new ArrayList<>();
                KeptRuleBases.Kept anew = build(drl, false, null, failed, false);
                if (anew == null) {
                    throw new IllegalStateException("the rules did not compile again: " + failed);
                }
                return anew.kieBase();
            });
            if (keep) {
                KEPT.put(key, kept);
            }
            return kept;
        }
    }

    private static final Pattern UNRESOLVED_PROPERTY = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");

    /**
     * A property a fact does not have ({@code TextField(txt.length() < 4)}, a typo of {@code text}): Drools
     * tells it two or three times per line, in its own words and with its class names
     * ({@code Facts$TextField.txt()}). Said once per file, line and property instead, in both languages,
     * naming the fact and listing the properties it has (the fact model of rules/README.md).
     */
    static List<RuleProblem> unknownProperties(List<RuleProblem> problems) {
        Map<String, RuleProblem> told = new java.util.LinkedHashMap<>();
        Map<String, String> expressionAt = new HashMap<>();
        for (RuleProblem p : problems) {
            Matcher m = UNRESOLVED_PROPERTY.matcher(p.message());
            if (!m.find()) {
                continue;
            }
            Class<?> fact;
            try {
                fact = Class.forName(m.group(1), false, RuleSetLoader.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            List<String> known = new ArrayList<>();
            for (Class<?> c = fact; c != null && c != Object.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                        known.add(f.getName());
                    }
                }
            }
            String property = m.group(2);
            String type = fact.getSimpleName();
            told.putIfAbsent(p.file() + ":" + p.line() + ":" + property, RuleProblem.said(p.file(), p.line(),
                    "compile.unknown-property", Map.of("type", type, "property", property, "known", String.join(", ", known))));
            expressionAt.put(p.file() + ":" + p.line(), property);
        }
        if (told.isEmpty()) {
            return problems;
        }
        List<RuleProblem> result = new ArrayList<>();
        boolean placed = false;
        for (RuleProblem p : problems) {
            String property = expressionAt.get(p.file() + ":" + p.line());
            // Drools' own lines about that expression ("Unable to analyze expression 'txt.length()'") go with it
            if (property != null && p.isForeign() && p.message().contains(property)) {
                if (!placed) {
                    result.addAll(told.values());
                    placed = true;
                }
                continue;
            }
            result.add(p);
        }
        return result;
    }

    /**
     * When a file does not parse, Drools drops the types the other files declare and reports every use
     * of them as an error of its own: pages of noise in healthy files. A compiler stops at syntax
     * errors; so do we: with a syntax error, only the files that have one are listed. A rule named twice
     * (a copy not yet renamed) is told once: Drools' "Duplicate rule name", without the Java compiler's
     * "The type Rule_… is already defined" of the class both consequences became.
     */
    static List<RuleProblem> withoutConsequences(List<RuleProblem> problems) {
        Set<String> unparsable = new java.util.HashSet<>();
        boolean duplicateName = false;
        for (RuleProblem p : problems) {
            if (p.message().startsWith("[ERR ") || p.message().startsWith("Parser returned a null Package")) {
                unparsable.add(p.file());
            }
            duplicateName |= p.message().startsWith("Duplicate rule name");
        }
        if (duplicateName) {
            problems = problems.stream().filter(p -> !CLASS_OF_A_DUPLICATE.matcher(p.message()).find()).toList();
        }
        return unparsable.isEmpty() ? problems : problems.stream().filter(p -> unparsable.contains(p.file())).toList();
    }

    private List<RuleInfo> catalogue(KieBase kieBase, Map<String, RuleText> texts, Messages messages,
                                     CatalogueFile file, Map<String, String> files, List<RuleProblem> problems) {
        Catalogue catalogue = file.catalogue();
        List<RuleInfo> rules = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleText text = texts.getOrDefault(rule.getName(), new RuleText("?", 0, ""));
                Map<String, Object> meta = rule.getMetaData();
                String id = meta(meta, "id");
                Matcher report = REPORT_USE.matcher(text.body());
                boolean reports = report.find();
                if (id == null) {
                    if (reports) {
                        problems.add(RuleProblem.said(text.file(), text.line(), "rule.no-id", Map.of("rule", rule.getName())));
                    }
                    continue; // a rule that only infers facts for other rules
                }
                for (String key : List.of("category", "ref")) {
                    if (meta(meta, key) != null) {
                        problems.add(RuleProblem.said(text.file(), text.line(), "rule.meta-on-rule", Map.of("rule", rule.getName(),
                                "meta", key, "catalogue", Catalogue.FILE)));
                    }
                }
                Catalogue.Entry entry = catalogue.entry(id).orElse(null);
                if (entry == null) {
                    if (file.accountsFor(id)) {
                        continue; // its entry, or the whole file, is already reported
                    }
                    problems.add(RuleProblem.said(text.file(), text.line(), "rule.id-not-catalogued", Map.of("rule", rule.getName(),
                            "id", id, "catalogue", Catalogue.FILE)));
                    continue;
                }
                used.add(id);
                String severity = meta(meta, "severity");
                if (severity != null && !entry.severities().contains(severity)) {
                    problems.add(RuleProblem.said(text.file(), text.line(), "rule.severity", Map.of("rule", rule.getName(),
                            "severity", severity, "id", id, "catalogue", Catalogue.FILE, "severities", entry.severities())));
                }
                if (!reports) {
                    problems.add(RuleProblem.said(text.file(), text.line(), "rule.no-report", Map.of("rule", rule.getName())));
                }
                List<String> keys = new ArrayList<>(List.of(id + ".title"));
                for (boolean more = reports; more; more = report.find()) {
                    String variant = report.group(2);
                    if (variant == null || variant.equals("\"\"")) {
                        keys.add(id);
                        keys.add(id + ".seen");
                        keys.add(id + ".expected");
                    } else if (variant.startsWith("\"")) {
                        String key = id + "." + variant.substring(1, variant.length() - 1);
                        keys.add(key);
                        if (messages.has(Messages.ZH, key) || messages.has(Messages.EN, key)) {
                            // a variant with no text at all (a typo) is one problem, not three
                            keys.add(messages.has(Messages.ZH, key + ".seen") ? key + ".seen" : id + ".seen");
                            keys.add(messages.has(Messages.ZH, key + ".expected") ? key + ".expected" : id + ".expected");
                        }
                    }
                }
                for (String language : List.of(Messages.ZH, Messages.EN)) {
                    for (String key : keys.stream().distinct().toList()) {
                        if (!messages.has(language, key)) {
                            problems.add(RuleProblem.said(text.file(), text.line(), "rule.no-text", Map.of("rule", rule.getName(),
                                    "key", key, "language", language)));
                        }
                    }
                }
                unboundPlaceholders(rule, keys, messages).forEach(problem ->
                        problems.add(placeholderProblem(problem, text, files)));
                rules.add(new RuleInfo(id, rule.getName(), severity != null ? severity : entry.severity(),
                        entry.category(), entry.reference(),
                        messages.render(Messages.ZH, id + ".title", Map.of()),
                        messages.render(Messages.EN, id + ".title", Map.of()), text.file(), text.line(),
                        parametersRead(text.body())));
            }
        }
        // a workbook that cannot be read is one problem: the ids its rules would have had are not told "no rule" besides
        boolean tableUnread = problems.stream().anyMatch(p -> "ruleset.table.unreadable".equals(p.code()));
        catalogue.entries().keySet().stream().filter(id -> !used.contains(id) && !tableUnread).sorted().forEach(id ->
                problems.add(RuleProblem.said(Catalogue.FILE, keyLine(file.text(), id), "catalogue.no-rule", Map.of("id", id))));
        rules.sort(Comparator.comparing(RuleInfo::id).thenComparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        return rules;
    }

    /**
     * The placeholders of a rule's finding texts that the rule does not bind: {@code {rate}} needs a
     * {@code $rate} on the rule's left-hand side, {@code {d.raw}} a {@code $d} whose type has {@code raw}.
     * Found at load, not at the first form that fires the rule (a variant no fixture reaches would
     * otherwise fail in the service).
     */
    private static List<Map.Entry<String, Map<String, Object>>> unboundPlaceholders(Rule rule, List<String> keys, Messages messages) {
        if (!(rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl)) {
            return List.of();
        }
        // the author's bindings only: the executable model binds each pattern under a name of its own (GENERATED_$pattern_…)
        Map<String, org.drools.base.rule.Declaration> bound = new java.util.HashMap<>(impl.getDeclarations());
        bound.keySet().removeIf(name -> name.startsWith("GENERATED_"));
        List<Map.Entry<String, Map<String, Object>>> problems = new ArrayList<>();
        for (String key : keys.stream().distinct().filter(k -> !k.endsWith(".title")).toList()) {
            for (String name : messages.placeholders(key)) {
                String[] path = name.split("\\.");
                var declaration = bound.containsKey("$" + path[0]) ? bound.get("$" + path[0]) : bound.get(path[0]);
                if (declaration == null) {
                    problems.add(Map.entry(bound.isEmpty() ? "rule.unbound" : "rule.unbound-binds", Map.of("rule", rule.getName(),
                            "key", key, "placeholder", name, "variable", path[0], "bound", new java.util.TreeSet<>(bound.keySet()))));
                    continue;
                }
                Class<?> type = declaration.getDeclarationClass();
                for (int i = 1; i < path.length && type != null && type != Object.class
                        && !Map.class.isAssignableFrom(type); i++) {
                    Class<?> next = org.perfdecl.checker.report.Findings.propertyType(type, path[i]);
                    if (next == null) {
                        problems.add(Map.entry("rule.no-property", Map.of("rule", rule.getName(), "key", key,
                                "placeholder", name, "type", type.getSimpleName(), "property", path[i])));
                        break;
                    }
                    type = next;
                }
            }
        }
        return problems;
    }

    /**
     * A placeholder the rule cannot fill, told at the line of the message file that writes it (the text a policy
     * officer most likely just edited), naming the rule and where it is written; at the rule when no message file
     * line writes it.
     */
    private static RuleProblem placeholderProblem(Map.Entry<String, Map<String, Object>> problem, RuleText rule,
                                                  Map<String, String> files) {
        Map<String, Object> args = new HashMap<>(problem.getValue());
        args.put("place", rule.file() + ":" + rule.line());
        String key = (String) args.get("key");
        for (String language : List.of(Messages.ZH, Messages.EN)) {
            String path = "messages/messages_" + language + ".properties";
            String text = files.get(path);
            int line = text == null ? 0 : keyLine(text, key);
            if (line > 0 && text.split("\r?\n|\r", -1)[line - 1].contains("{" + args.get("placeholder"))) {
                return RuleProblem.said(path, line, problem.getKey(), args);
            }
        }
        return RuleProblem.said(rule.file(), rule.line(), problem.getKey(), args);
    }

    private static String meta(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isBlank() ? null : s;
    }

    private void checkParameters(Policy policy, String policyText, Map<String, RuleText> texts,
                                 Map<String, Framework> frameworks, List<RuleProblem> problems) {
        Set<String> wrongType = new java.util.HashSet<>();
        for (RuleText text : texts.values()) {
            Matcher m = PARAMETER_USE.matcher(text.body());
            while (m.find()) {
                int line = text.line() + (int) text.body().substring(0, m.start()).chars().filter(c -> c == '\n').count();
                if (!policy.has(m.group(2))) {
                    problems.add(RuleProblem.said(text.file(), line, "parameter.unknown", Map.of("key", m.group(2), "file", Policy.FILE)));
                    continue;
                }
                var wrong = policy.typeProblemText(m.group(1), m.group(2));
                if (wrong != null && wrongType.add(m.group(2))) {
                    // told at load, and at the rule that reads it: at run time it failed every form, blamed on whichever rule ran first
                    problems.add(RuleProblem.said(Policy.FILE, ParameterLines.line(policyText, m.group(2)), "parameter.read-by",
                            Map.of("problem", wrong, "file", text.file(), "line", line)));
                }
            }
        }
        problems.addAll(patternProblems(policy, policyText, texts, wrongType));
        problems.addAll(policy.itemProblems(policyText));
        problems.addAll(policy.constraintProblems(policyText, wrongType));
        for (String key : PARAMETERS_READ_BY_JAVA) {
            if (!policy.has(key)) {
                problems.add(RuleProblem.said(Policy.FILE, 0, "parameter.missing", Map.of("key", key)));
                continue;
            }
            var wrong = policy.typeProblemText(javaReads(policy, key), key);
            // told once: a rule reading it, or its constraint, may have told it already
            if (wrong != null && wrongType.add(key) && problems.stream().noneMatch(p -> Policy.FILE.equals(p.file())
                    && p.message().contains("'" + key))) {
                problems.add(RuleProblem.said(Policy.FILE, ParameterLines.line(policyText, key), "parameter.read-by-java",
                        Map.of("problem", wrong)));
            }
        }
        if (policy.has("defaultFramework") && !wrongType.contains("defaultFramework") && !frameworks.isEmpty()
                && !frameworks.containsKey(policy.text("defaultFramework"))) {
            problems.add(RuleProblem.said(Policy.FILE, keyLine(policyText, "defaultFramework"), "parameter.default-framework",
                    Map.of("framework", policy.text("defaultFramework"), "known", frameworks.keySet())));
        }
    }

    /** {@code $name : text("key")}: a text parameter bound to a variable. */
    private static final Pattern TEXT_BINDING = Pattern.compile("\\$(\\w+)\\s*:\\s*text\\(\\s*\"([^\"]+)\"\\s*\\)");

    /**
     * A text parameter a rule matches text against ({@code Words.matches(text, $citation)}) that is no regular
     * expression failed every form the rule reached, told by the trial as the rule's PatternSyntaxException: told
     * here instead, at the parameter's line, with what is wrong at which place.
     */
    private static List<RuleProblem> patternProblems(Policy policy, String policyText, Map<String, RuleText> texts,
                                                     Set<String> wrongType) {
        List<RuleProblem> found = new ArrayList<>();
        Set<String> told = new java.util.HashSet<>();
        for (RuleText text : texts.values()) {
            Matcher binding = TEXT_BINDING.matcher(text.body());
            while (binding.find()) {
                String key = binding.group(2);
                boolean pattern = Pattern.compile("matches\\s*(?:\\([^;]*?,\\s*)?\\$" + Pattern.quote(binding.group(1)) + "\\b")
                        .matcher(text.body()).find();
                if (!pattern || !policy.has(key) || wrongType.contains(key) || !told.add(key)) {
                    continue;
                }
                try {
                    Pattern.compile(policy.text(key));
                } catch (java.util.regex.PatternSyntaxException e) {
                    int line = text.line() + (int) text.body().substring(0, binding.start()).chars().filter(c -> c == '\n').count();
                    found.add(RuleProblem.said(Policy.FILE, ParameterLines.line(policyText, key), "parameter.not-a-pattern",
                            Map.of("key", key, "problem", e.getDescription(), "index", e.getIndex() + 1,
                                    "file", text.file(), "line", line)));
                }
            }
        }
        return found;
    }

    /** A division or remainder by a literal zero: {@code 1/0}, {@code x % 0}, {@code / 0L} (not {@code / 0.5}). */
    private static final Pattern BY_ZERO = Pattern.compile("[/%]\\s*0+[lL]?(?![\\w.])");
    /** What the searches for a division or a match skip: comments and string or character literals. */
    private static final Pattern NOT_CODE = Pattern.compile("//[^\\n]*|/\\*(?s:.*?)\\*/|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'");

    /**
     * A rule that divides a whole number by a literal zero fails on every form that reaches it, but not under
     * every compiler: the executable model (the command line's, Java's arithmetic) throws ArithmeticException
     * at run time, while MVEL (the service's reload and impact preview) folds a constant {@code 1/0} into a
     * floating-point infinity and lets the rule pass, or refuses {@code int x = 1/0} with a type error. Told
     * here, the same way on every path, at the rule's line.
     */
    static List<RuleProblem> divisionsByZero(Map<String, RuleText> texts) {
        List<RuleProblem> found = new ArrayList<>();
        texts.forEach((name, text) -> {
            String body = text.body();
            Matcher zero = BY_ZERO.matcher(blankedOut(body));
            while (zero.find()) {
                int before = (int) body.substring(0, zero.start()).chars().filter(c -> c == '\n').count();
                String line = body.split("\n", -1)[before].strip();
                found.add(RuleProblem.said(text.file(), text.line() + before, "rule.divides-by-zero",
                        Map.of("rule", name, "expression", line)));
            }
        });
        return found;
    }

    /** DRL's {@code matches} operator ({@code text matches "…"}, {@code not matches}), not a call of a function so named. */
    private static final Pattern MATCHES_OPERATOR = Pattern.compile("(?<![\\w$.])matches\\b(?!\\s*\\()");
    /**
     * A call of Java's that runs a regular expression ({@code .matches(}, {@code .replaceAll(}, {@code .split(}, a {@code
     * Matcher} made by {@code .matcher(}), with the name before the dot when there is one ({@code Words}, {@code text}).
     */
    private static final Pattern REGEX_CALL = Pattern.compile("(?:([\\w$]+)\\s*)?\\.\\s*(matches|replaceAll|replaceFirst|split|matcher)\\s*\\(");
    /**
     * The other ways Java runs a regular expression: a {@code Pattern} compiled ({@code Pattern.compile(…).asPredicate()},
     * {@code asMatchPredicate}, {@code splitAsStream}) or a {@code Scanner} ({@code findInLine}, {@code findWithinHorizon}):
     * none can be stopped either. Told as a {@code Matcher} is, with {@code Words.find} and {@code Words.matches} for fix.
     */
    private static final Pattern REGEX_OBJECT = Pattern.compile(
            "(?<![\\w$])(?:Pattern\\s*\\.\\s*compile|new\\s+(?:java\\s*\\.\\s*util\\s*\\.\\s*)?Scanner)\\s*\\("
            + "|\\.\\s*(?:asPredicate|asMatchPredicate|splitAsStream|findInLine|findWithinHorizon|findAll)\\s*\\(");
    /** A pattern given as a literal with no character that makes it more than the text it says: it cannot backtrack. */
    private static final Pattern PLAIN_LITERAL = Pattern.compile("\\s*\"[^\"\\\\.\\[\\]{}()*+?^$|]*\"\\s*[,)]");

    /**
     * Running a regular expression with Java's own calls as DRL's {@code matches} operator does ({@code String.matches},
     * {@code replaceAll}, {@code split}, a {@code Matcher}'s {@code matches()} or {@code find()}) cannot be stopped: a
     * pattern that backtracks without end on some text ({@code (a+)+b} on a long run of a's) keeps its thread and a core
     * after the check's time limit has answered the form, one more for every such form, until the service has none.
     * {@code Words.matches(text, "…")} (and {@code find}, {@code replaceAll}, {@code replaceFirst}, {@code split})
     * does the same and gives up when its check is stopped. Told at the line, in rules and functions alike, with the
     * replacement. A literal pattern of plain text ({@code split("、")}, {@code replaceAll("　", "")}) is let be.
     */
    static List<RuleProblem> unstoppableMatches(Map<String, String> drl) {
        List<RuleProblem> found = new ArrayList<>();
        drl.forEach((file, text) -> {
            String code = blankedOut(text);
            java.util.TreeMap<Integer, String> at = new java.util.TreeMap<>(); // the first on each line, by line
            MATCHES_OPERATOR.matcher(code).results().forEach(m -> at.putIfAbsent(lineAt(text, m.start()), "matches"));
            REGEX_CALL.matcher(code).results()
                    .filter(m -> !"Words".equals(m.group(1)))
                    .filter(m -> m.group(2).equals("matches") || m.group(2).equals("matcher")
                            || !PLAIN_LITERAL.matcher(text).region(m.end(), text.length()).lookingAt())
                    .forEach(m -> at.putIfAbsent(lineAt(text, m.start()), m.group(2)));
            REGEX_OBJECT.matcher(code).results().forEach(m -> at.putIfAbsent(lineAt(text, m.start()), "matcher"));
            at.forEach((line, call) -> found.add(RuleProblem.said(file, line, "rule.unstoppable-match", Map.of(
                    "expression", text.split("\n", -1)[line - 1].strip(),
                    "fix", org.perfdecl.checker.report.ServiceTexts.text("ruleset.rule.unstoppable-match.fix." + call, Map.of())))));
        });
        return found;
    }

    private static int lineAt(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The text with its comments and string or character literals blanked out, every character kept in its place. */
    static String blankedOut(String text) {
        StringBuilder code = new StringBuilder(text);
        Matcher skip = NOT_CODE.matcher(text);
        while (skip.find()) {
            for (int i = skip.start(); i < skip.end(); i++) {
                if (code.charAt(i) != '\n') {
                    code.setCharAt(i, ' ');
                }
            }
        }
        return code.toString();
    }

    /** The parameter keys a rule's text reads, in order of first use. */
    private static List<String> parametersRead(String body) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = PARAMETER_USE.matcher(body);
        while (m.find()) {
            keys.add(m.group(2));
        }
        return List.copyOf(keys);
    }

    /** Where each rule is written, and its text, found by reading the .drl files. */
    record RuleText(String file, int line, String body) {
    }

    static Map<String, RuleText> scanRules(Map<String, String> drl) {
        Map<String, RuleText> rules = new LinkedHashMap<>();
        drl.forEach((path, text) -> {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher head = RULE_HEAD.matcher(lines[i]);
                if (!head.find()) {
                    continue;
                }
                // a quoted name as Drools reads it: 起止\\结束 is the rule 起止\结束, a\tb holds a tab
                String name = head.group(1) != null ? org.drools.util.StringUtils.unescapeJava(head.group(1))
                        : head.group(2) != null ? org.drools.util.StringUtils.unescapeJava(head.group(2)) : head.group(3);
                StringBuilder body = new StringBuilder();
                int j = i;
                for (; j < lines.length && (j == i || !RULE_END.matcher(lines[j]).matches()); j++) {
                    body.append(lines[j]).append('\n');
                }
                rules.put(name, new RuleText(path, i + 1, body.toString()));
                i = j;
            }
        });
        return rules;
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }
}
