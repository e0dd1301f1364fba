#!/usr/bin/env python3
"""Compares Docstack's errors on md-knative with the corpus' approximate link list and, when
given, with what works in a site built by a real MkDocs (bench/knative/mkdocs-site-links.py).

usage: bench/compare-knative.py [--corpus DIR] [--docstack TSV] [--site DIR] [--rows]
  --corpus    md-knative folder (default: ../shared/corpora/md-knative from the repository)
  --docstack  Docstack's errors (default: doc-core/src/test/resources/corpora/md-knative-expected.tsv,
              written by KnativeCorpusTest)
  --site      output folder of mkdocs-site-links.py: each problem is then judged in the built site
  --rows      print every differing row, not only the summary

Matching. A Docstack row (docs/<file>, line, rule, target) and an approx row (<file>, line, kind,
target, status) are the same problem when file and line are equal and either the targets are equal
(link.broken, link.asset, link.escape against BROKEN-TARGET) or the anchors are (link.anchor
against BROKEN-ANCHOR: Docstack names the resolved page, the list the link as written).

Judging (with --site). MkDocs rewrites a relative link whose path, taken from the source file's
folder, names a file of the docs (except docs/snippets/, which are only included) to that file's
URL; any other link, and every link inside raw HTML, is left as written and the browser resolves
it against the page's URL, which for a page that is not an index is one folder deeper than its
source (about/testimonials.md is served at about/testimonials/). The link as it appears in the
built HTML is looked up among the links the built page really has: ok, BROKEN-TARGET,
BROKEN-ANCHOR, or 'not a link' (in a code block, an HTML comment, an unrendered template). A
snippet's link is judged in every page that includes the snippet.
"""
import argparse
import collections
import os
import posixpath
import re
import sys
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ANCHOR_RULES = {'link.anchor'}
TARGET_RULES = {'link.broken', 'link.asset', 'link.escape', 'link.case', 'xref.syntax'}


def read_tsv(path):
    with open(path, encoding='utf-8') as f:
        head = f.readline().rstrip('\n').split('\t')
        return [dict(zip(head, line.rstrip('\n').split('\t'))) for line in f if line.strip()]


def fragment(target):
    return target.partition('#')[2]


class Site:
    """The built site's links by page, and what MkDocs makes of a link written in a source file."""

    def __init__(self, corpus, site_dir):
        self.docs = os.path.join(corpus, 'docs')
        self.links = collections.defaultdict(list)
        for r in read_tsv(os.path.join(site_dir, 'site-links.tsv')):
            self.links[r['page']].append(r)
        self.files = set()
        for dp, _, fn in os.walk(self.docs):
            for f in fn:
                rel = os.path.relpath(os.path.join(dp, f), self.docs).replace(os.sep, '/')
                if not rel.startswith('snippets/'):
                    self.files.add(rel)
        self.includers = collections.defaultdict(set)
        include = re.compile(r'''--8<--\s*"([^"]+)"|\{%-?\s*include\s+["']([^"']+)["']''')
        for rel in self.files:
            if rel.endswith('.md'):
                with open(os.path.join(self.docs, rel), encoding='utf-8', errors='replace') as f:
                    for m in include.finditer(f.read()):
                        self.includers['snippets/' + (m.group(1) or m.group(2))].add(rel)

    @staticmethod
    def url(src):
        """The URL folder of a page or the URL of an asset, as MkDocs (use_directory_urls) makes it."""
        if not src.endswith('.md'):
            return src
        d, name = posixpath.split(src[:-3])
        if name in ('index', 'README'):
            return d + '/' if d else ''
        return posixpath.join(d, name) + '/'

    def emitted(self, page, target):
        """The href MkDocs writes for `target` written in `page`."""
        parts = urllib.parse.urlsplit(target)
        if parts.scheme or parts.netloc or target.startswith('/') or not parts.path:
            return target
        src = posixpath.normpath(posixpath.join(posixpath.dirname(page), urllib.parse.unquote(parts.path)))
        if src not in self.files:
            return target
        base = self.url(page)
        to = self.url(src)
        rel = posixpath.relpath(to or '.', base or '.')
        if to.endswith('/') or to == '':
            rel = rel + '/' if rel != '.' else './'
        return rel + ('#' + parts.fragment if parts.fragment else '')

    def judge(self, file, target):
        """Status of a link written in docs/<file> with this target, in the built site."""
        pages = sorted(self.includers.get(file, ())) if file.startswith('snippets/') else [file]
        if not pages:
            return 'not included anywhere'
        verdicts = []
        for page in pages:
            want = self.emitted(page, target)
            found = [r for r in self.links.get(page, []) if r['href'] == want]
            if not found and want != target:
                found = [r for r in self.links.get(page, []) if r['href'] == target]
            status = found[0]['status'] if found else 'not a link'
            if status == 'BROKEN-TARGET' and 'production' in found[0]['resolved']:
                status += ' (works if /docs/ is versioned/, as in production)'
            if status == 'ABSOLUTE':
                status = 'absolute: ' + found[0]['resolved']
            verdicts.append((page, status))
        if len(pages) == 1 and not file.startswith('snippets/'):
            return verdicts[0][1]
        return '; '.join(f'{status} in {page}' for page, status in verdicts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', default=os.path.join(ROOT, '..', 'shared', 'corpora', 'md-knative'))
    ap.add_argument('--docstack', default=os.path.join(ROOT, 'doc-core/src/test/resources/corpora/md-knative-expected.tsv'))
    ap.add_argument('--site')
    ap.add_argument('--rows', action='store_true')
    a = ap.parse_args()

    approx = [r for r in read_tsv(os.path.join(a.corpus, '_meta/link-check-approx.tsv')) if r['status'].startswith('BROKEN')]
    docstack = []
    for r in read_tsv(a.docstack):
        r = dict(r)
        r['file'] = r['file'][len('docs/'):] if r['file'].startswith('docs/') else r['file']
        docstack.append(r)
    site = Site(a.corpus, a.site) if a.site else None

    def same(d, x):
        if d['file'] != x['file'] or d['line'] != x['line']:
            return False
        if d['rule'] in ANCHOR_RULES:
            return fragment(d['target']) == fragment(x['target']) and fragment(x['target']) != ''
        return d['target'] == x['target']

    pairs, only_d, only_x = [], [], list(approx)
    for d in docstack:
        match = next((x for x in only_x if same(d, x)), None)
        if match is None:
            only_d.append(d)
        else:
            only_x.remove(match)
            pairs.append((d, match))

    def kind(rule):
        return 'anchor' if rule in ANCHOR_RULES else 'target'

    dc = collections.Counter(kind(d['rule']) for d in docstack)
    xc = collections.Counter(x['status'] for x in approx)
    agree = collections.Counter(x['status'] for _, x in pairs)
    kinds_differ = sum(1 for d, x in pairs if (kind(d['rule']) == 'anchor') != (x['status'] == 'BROKEN-ANCHOR'))
    print(f"Docstack: {len(docstack)} errors, {dc['target']} target + {dc['anchor']} anchor "
          f"({dict(collections.Counter(d['rule'] for d in docstack))})")
    print(f"approx:   {len(approx)} broken, {xc['BROKEN-TARGET']} target + {xc['BROKEN-ANCHOR']} anchor")
    print(f"agree:    {len(pairs)} ({agree['BROKEN-TARGET']} target + {agree['BROKEN-ANCHOR']} anchor; kind differs: {kinds_differ})")
    print(f"only Docstack: {len(only_d)}; only approx: {len(only_x)}")

    def show(title, rows, fmt):
        print(f'\n## {title} ({len(rows)})')
        for r in rows:
            verdict = f"\t=> {site.judge(r['file'], r['target'] if 'status' in r else raw(r))}" if site else ''
            print(fmt(r) + verdict)

    def raw(d):
        """The link as written, for a Docstack row: its target, or for anchors the written link's line."""
        if d['rule'] not in ANCHOR_RULES or d['target'].startswith('#'):
            return d['target']
        # Docstack names the resolved page; find the written link on the line.
        path = os.path.join(a.corpus, 'docs', d['file'])
        with open(path, encoding='utf-8', errors='replace') as f:
            line = f.read().split('\n')[int(d['line']) - 1]
        frag = fragment(d['target'])
        m = re.search(r'''(?:\]\(|href=["'])([^)"'\s]*#''' + re.escape(frag) + r')', line)
        return m.group(1) if m else d['target']

    if a.rows or site:
        show('only Docstack', only_d, lambda r: f"{r['file']}:{r['line']}\t{r['rule']}\t{r['target']}")
        show('only approx', only_x, lambda r: f"{r['file']}:{r['line']}\t{r['status']}\t{r['target']}")
        if site:
            show('both', [x for _, x in pairs], lambda r: f"{r['file']}:{r['line']}\t{r['status']}\t{r['target']}")
    if site:
        flagged = set()
        for r in docstack:
            flagged.add((r['file'], raw(r)))
        for r in approx:
            flagged.add((r['file'], r['target']))
        emitted_flagged = set()
        for f, t in flagged:
            for page in (sorted(site.includers.get(f, ())) if f.startswith('snippets/') else [f]):
                emitted_flagged.add((page, site.emitted(page, t)))
                emitted_flagged.add((page, t))
        missed = [r for p, rs in sorted(site.links.items()) for r in rs
                  if r['status'].startswith('BROKEN') and (p, r['href']) not in emitted_flagged]
        print(f'\n## broken in the built site, flagged by neither ({len(missed)})')
        for r in missed:
            print(f"{r['page']}\t{r['status']}\t{r['href']}\t-> {r['resolved']}")
    return 0


if __name__ == '__main__':
    sys.exit(main())
