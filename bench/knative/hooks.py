"""MkDocs hooks standing in for md-knative's unpackaged plugins when building the reference site.

- exclude: drop docs/snippets/ (include-only files) and smoketest.md, as upstream's exclude_docs does;
- macros: render each page as a Jinja template with docs/snippets as the include folder and the
  four macros of hack/macros.py, answered offline (they only ever produce external URLs or an
  admonition); a page whose template does not render is kept as written, and named on stderr.
"""
import os
import sys

import jinja2

DOCS = None
ENV = None


def _feature(alpha="", beta="", stable=""):
    versions = []
    for label, version in (("alpha", alpha), ("beta", beta), ("stable", stable)):
        if version != "":
            versions.append(f'<span class="feature-{label}">{label}</span> since Knative v{version}')
    return '??? info "Feature Availability: ' + ', '.join(versions) + '"\n    - see the feature stages'


def _artifact(repo, file, org="knative"):
    return f'https://storage.googleapis.com/knative-nightly/{repo}/latest/{file}'


def on_config(config):
    global DOCS, ENV
    DOCS = config['docs_dir']
    ENV = jinja2.Environment(loader=jinja2.FileSystemLoader(os.path.join(DOCS, 'snippets')),
                             undefined=jinja2.Undefined)
    ENV.globals.update(
        feature=_feature,
        artifact=_artifact,
        clientdocs=lambda: 'https://github.com/knative/client/blob/main/docs/cmd/kn.md',
        funcdocs=lambda: 'https://github.com/knative/func/blob/main/docs/reference/func.md')
    return config


def on_files(files, config):
    for file in list(files):
        if file.src_path.replace(os.sep, '/').startswith('snippets/') or file.src_path == 'smoketest.md':
            files.remove(file)
    return files


def on_page_markdown(markdown, page, config, files):
    page.meta.pop('template', None)  # the bare theme has only main.html
    if '{{' not in markdown and '{%' not in markdown:
        return markdown
    try:
        return ENV.from_string(markdown).render(page=page, config=config, **(page.meta or {}))
    except Exception as e:  # noqa: BLE001 - the macros plugin shows the error; we keep the page
        print(f'macros: {page.file.src_path}: {type(e).__name__}: {e}', file=sys.stderr)
        return markdown
