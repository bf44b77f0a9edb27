package org.perfdecl.checker.report;

import org.kie.api.runtime.rule.RuleContext;
import org.kie.api.runtime.rule.RuleRuntime;
import org.perfdecl.checker.declaration.Location;
import org.perfdecl.checker.ruleset.Messages;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a rule reports a finding, in its consequence:
 * <pre>
 * Findings.of(kcontext).at($b.getPath()).arg("rate", $rate).seen(Findings.percent($rate)).report();
 * </pre>
 * Id, severity, category and reference come from the rule's metadata; {@code severity(...)} overrides
 * it for a rule whose severity depends on a threshold; {@code message("variant")} picks the text
 * {@code <id>.<variant>} instead of {@code <id>}.
 */
public final class Findings {

    private final RuleContext context;
    private final Map<String, Object> args = new LinkedHashMap<>();
    private String field = "";
    private String variant;
    private String severity;
    private String seen;
    private String expected;
    private Location location;

    private Findings(RuleContext context) {
        this.context = context;
    }

    public static Findings of(RuleContext context) {
        return new Findings(context);
    }

    public Findings at(String pointer) {
        this.field = pointer == null ? "" : pointer;
        return this;
    }

    /** A message argument; a missing value (a blank cell) renders as empty text. */
    public Findings arg(String name, Object value) {
        args.put(name, value == null ? "" : value);
        return this;
    }

    public Findings seen(Object value) {
        this.seen = value == null ? null : Messages.format(value, null, Messages.EN);
        return this;
    }

    public Findings expected(Object value) {
        this.expected = value == null ? null : Messages.format(value, null, Messages.EN);
        return this;
    }

    public Findings message(String variant) {
        this.variant = variant;
        return this;
    }

    public Findings severity(String severity) {
        this.severity = severity;
        return this;
    }

    public Findings location(Location location) {
        this.location = location;
        return this;
    }

    /** 0.854 as "85.4%". */
    public static String percent(double fraction) {
        return Messages.format(fraction, "percent", Messages.EN);
    }

    /** 7600000 as "7,600,000". */
    public static String amount(double yuan) {
        return Messages.format(yuan, "amount", Messages.EN);
    }

    public void report() {
        Map<String, Object> meta = context.getRule().getMetaData();
        String id = String.valueOf(meta.get("id"));
        Finding finding = Finding.builder()
                .ruleId(id)
                .severity(Severity.valueOf(severity != null ? severity : String.valueOf(meta.get("severity"))))
                .category(String.valueOf(meta.get("category")))
                .reference(String.valueOf(meta.get("ref")))
                .field(field)
                .messageKey(variant == null ? id : id + "." + variant)
                .args(Map.copyOf(args))
                .seen(seen)
                .expected(expected)
                .location(location)
                .build();
        ((RuleRuntime) context.getKieRuntime()).insert(finding);
    }
}
