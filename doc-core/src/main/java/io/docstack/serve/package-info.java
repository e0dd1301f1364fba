/**
 * The preview of {@code doc:serve}: a built site served from memory, reloaded as its sources are
 * edited. {@link io.docstack.serve.Preview} runs it: a {@link io.docstack.serve.PreviewBuild} keeps
 * the {@link io.docstack.pipeline.Pipeline} open and, per batch of edits, renders into memory only
 * as far as the run's {@link io.docstack.pipeline.Scope} reaches.
 *
 * <p>In: the files the render stage writes into a {@link io.docstack.serve.MemorySite}, frozen as
 * a {@link io.docstack.serve.SiteSnapshot} with each page's problems and a search index; the
 * folders to watch ({@link io.docstack.serve.SourceWatcher}). Out: HTTP answers of the
 * {@link io.docstack.serve.PreviewServer} (pages, a problem banner on pages with problems,
 * {@code /_docstack/search}, a live-reload event stream that tells open pages which paths changed
 * when a newer snapshot is published), and batches of edited files for the next build. Every
 * request path goes through {@link io.docstack.serve.RequestPaths}: nothing is looked up on disk.
 *
 * <p>{@code SiteSnapshot} is immutable; {@code Preview}, {@code MemorySite}, {@code PreviewServer}
 * and {@code SourceWatcher} are thread-safe, and all but {@code MemorySite} are closed once;
 * {@code PreviewBuild} is used by one thread.
 */
package io.docstack.serve;
