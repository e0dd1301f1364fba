/**
 * What a change is responsible for, for {@code doc:check -Ddoc.check.since=REF}.
 *
 * <p>In: a git reference and the folders of the site ({@link io.docstack.change.GitChanges#since},
 * read in-process with JGit), then the check's diagnostics, the catalog and the link graph. Out:
 * the {@link io.docstack.change.ChangeSet} (files added or modified, and removed, since the
 * reference) and the diagnostics the change is responsible for
 * ({@link io.docstack.change.ChangeFilter#apply}): those in the files it touched, those that belong
 * to no page, and broken links elsewhere that point at a file it touched. Problems reading git
 * are diagnostics.
 *
 * <p>Stateless; the {@code ChangeSet} is immutable. Safe to call from any thread.
 */
package io.docstack.change;
