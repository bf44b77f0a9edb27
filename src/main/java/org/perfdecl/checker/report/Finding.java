package org.perfdecl.checker.report;

import lombok.Builder;
import lombok.Value;
import org.perfdecl.checker.declaration.Location;

import java.util.Map;

/**
 * What a rule found, as the rule inserted it: no text yet, only a message key and its arguments,
 * rendered in each language when the report is made.
 */
@Value
@Builder
public class Finding {
    String ruleId;
    Severity severity;
    String category;
    String reference;
    /** JSON Pointer of the field in the canonical declaration; "" for the form as a whole. */
    String field;
    String messageKey;
    /** The texts of what the form says and what it should say, rendered like the message. */
    String seenKey;
    String expectedKey;
    Map<String, Object> args;
    /** Where in the input it is, when the rule knows better than the field's own location (a reading note). */
    Location location;
}
