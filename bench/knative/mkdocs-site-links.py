#!/usr/bin/python3
"""Builds md-knative with a real MkDocs and lists every relative link of the built pages with
whether it works in the built site: the reference that bench/compare-knative.py judges Docstack
and the approximate list against.

usage: bench/knative/mkdocs-site-links.py CORPUS_DIR OUT_DIR
  writes OUT_DIR/site/ (the built site), OUT_DIR/mkdocs.log (MkDocs' own warnings) and
  OUT_DIR/site-links.tsv: page (source path under docs/), kind (a|img), href (as written in the
  built HTML, after MkDocs rewrote links to .md files), status, resolved (site path or note).

status: ok | BROKEN-TARGET (nothing at that URL) | BROKEN-ANCHOR (the page has no such id) |
        ABSOLUTE (a site-absolute URL: production serves docs/versioned/ at /docs/, so it is also
        tried with /docs/ read as /versioned/; see the resolved column).

Needs Debian 12's mkdocs, mkdocs-material-extensions, python3-pymdownx and mkdocs-redirects
(apt-get install mkdocs mkdocs-material mkdocs-redirects python3-pymdownx). A link works when its
URL, resolved against the page's URL as a browser does, names a file of the site, or a folder
with index.html (with or without the trailing '/': static hosts redirect), and, with a fragment,
that page has an element with that id (or a redirect page: the fragment is carried over).
"""
import html.parser
import json
import os
import posixpath
import re
import subprocess
import sys
import urllib.parse

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links, self.src, self.redirect = set(), [], None, False
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'article' and 'data-src' in a:
            self.src = a['data-src']
        if tag == 'meta' and (a.get('http-equiv') or '').lower() == 'refresh':
            self.redirect = True
        if a.get('id'):
            self.ids.add(a['id'])
        if tag == 'a' and a.get('name'):
            self.ids.add(a['name'])
        if tag == 'a' and a.get('href') is not None and 'headerlink' not in (a.get('class') or '').split():
            self.links.append(('a', a['href'], self.getpos()[0]))
        if tag == 'img' and a.get('src') is not None:
            self.links.append(('img', a['src'], self.getpos()[0]))


def parse(path):
    p = Links()
    with open(path, encoding='utf-8', errors='replace') as f:
        p.feed(f.read())
    return p


def build(corpus, out):
    work = os.path.join(out, 'project')
    os.makedirs(work, exist_ok=True)
    docs = os.path.join(work, 'docs')
    if not os.path.lexists(docs):
        os.symlink(os.path.join(os.path.abspath(corpus), 'docs'), docs)
    redirects = (yaml.safe_load(open(os.path.join(corpus, 'config/redirects.yml'))) or {})
    maps = redirects.get('plugins', {}).get('redirects', {}).get('redirect_maps', {})
    text = open(os.path.join(HERE, 'mkdocs-reference.yml')).read()
    text = text.replace('THEME_DIR', os.path.join(HERE, 'theme')).replace('HOOKS_FILE', os.path.join(HERE, 'hooks.py'))
    text = text.replace('REDIRECTS', json.dumps(maps))
    cfg = os.path.join(work, 'mkdocs.yml')
    open(cfg, 'w').write(text)
    site = os.path.join(out, 'site')
    with open(os.path.join(out, 'mkdocs.log'), 'w') as log:
        subprocess.run(['/usr/bin/python3', '-m', 'mkdocs', 'build', '-f', cfg, '-d', site],
                       stdout=log, stderr=subprocess.STDOUT, check=True, cwd=work)
    return site


def main(corpus, out):
    site = build(corpus, out)
    pages = {}
    for dp, _, fn in os.walk(site):
        for f in fn:
            if f.endswith('.html'):
                rel = os.path.relpath(os.path.join(dp, f), site).replace(os.sep, '/')
                pages[rel] = parse(os.path.join(dp, f))

    def target(path):
        """The site file a URL path names, or None."""
        path = path.strip('/')
        full = os.path.join(site, path)
        if path and os.path.isfile(full):
            return path
        index = posixpath.join(path, 'index.html') if path else 'index.html'
        return index if os.path.isfile(os.path.join(site, index)) else None

    def judge(page_url_dir, href):
        parts = urllib.parse.urlsplit(href)
        if parts.scheme or parts.netloc:
            return None
        path = urllib.parse.unquote(parts.path)
        frag = urllib.parse.unquote(parts.fragment)
        if href.startswith('/'):
            found = target(path) or (target('versioned/' + path[len('/docs/'):]) if path.startswith('/docs/') else None)
            return 'ABSOLUTE', found or 'missing'
        if path == '':
            file = page_url_dir + 'index.html'
        else:
            # A browser stops '..' at the site root, as normpath does for an absolute path.
            joined = posixpath.normpath(posixpath.join('/' + page_url_dir, path))
            file = target(joined)
            if file is None:
                note = ''
                if (joined + '/').startswith('/docs/') and target('versioned/' + joined[len('/docs/'):]):
                    note = ' (exists if /docs/ is versioned/, as in production)'
                return 'BROKEN-TARGET', joined.lstrip('/') + note
        if frag and file.endswith('.html'):
            t = pages.get(file)
            if t is not None and not t.redirect and frag not in t.ids:
                return 'BROKEN-ANCHOR', file + '#' + frag
        return 'ok', file + ('#' + frag if frag else '')

    rows = []
    for rel, p in sorted(pages.items()):
        if p.src is None:
            continue
        url_dir = posixpath.dirname(rel) + '/' if '/' in rel else ''
        for kind, href, line in p.links:
            if href.startswith(('mailto:', 'javascript:')):
                continue
            verdict = judge(url_dir, href.strip())
            if verdict:
                rows.append((p.src.replace(os.sep, '/'), kind, href, verdict[0], verdict[1]))
    with open(os.path.join(out, 'site-links.tsv'), 'w') as o:
        o.write('page\tkind\thref\tstatus\tresolved\n')
        for r in rows:
            o.write('\t'.join(r) + '\n')
    counts = {}
    for r in rows:
        counts[r[3]] = counts.get(r[3], 0) + 1
    print(len(pages), 'html files;', counts)


if __name__ == '__main__':
    main(*sys.argv[1:3])
