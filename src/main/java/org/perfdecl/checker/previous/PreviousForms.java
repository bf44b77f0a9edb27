package org.perfdecl.checker.previous;

import org.perfdecl.checker.declaration.ProjectKey;

import java.util.Optional;

/**
 * Where the checker looks for last year's form of a project when none is given with the check: the
 * history of stored reports, once there is one. The default finds nothing, so without a history (the
 * CLI, the fixtures) a form is compared with last year's only when that form is given.
 */
@FunctionalInterface
public interface PreviousForms {

    PreviousForms NONE = key -> Optional.empty();

    /** The stored form with this key (unit, project name, budget year), the latest version if several. */
    Optional<LastYear> find(ProjectKey key);
}
