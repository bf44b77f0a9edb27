package org.perfdecl.checker.history;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads the documents of stored checks. */
public interface StoredDocumentRepository extends JpaRepository<StoredDocument, String> {
}
