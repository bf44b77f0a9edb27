package org.perfdecl.checker.facts;

import org.drools.core.base.accumulators.CollectListAccumulateFunction;

import java.util.ArrayList;
import java.util.List;

/**
 * DRL's {@code collectList}, its items in their natural order: a rule that names what it collected in its message
 * ({@code FORM-008}: the plan's dates outside the project) lists them so, not in the order the engine matched them (the
 * newest first, as it happened). Imported by a rule file as {@code import accumulate
 * org.perfdecl.checker.facts.CollectInOrder collectInOrder;}. Items that are not mutually comparable stay as matched.
 */
public class CollectInOrder extends CollectListAccumulateFunction {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object getResult(CollectListData data) {
        List<Object> items = new ArrayList<>((List<Object>) super.getResult(data));
        try {
            items.sort((a, b) -> ((Comparable) a).compareTo(b));
        } catch (ClassCastException e) {
            return super.getResult(data); // no natural order among them
        }
        return items;
    }
}
