#!/usr/bin/env bash
# Makes the adoc-che corpus: Eclipse Che's real Antora documentation (eclipse-che/che-docs, EPL-2.0)
# at a fixed commit, with Antora 3.1.10's verdict on it as the truth, for AdocCheCorpusTest and
# bench/test-main.sh io.docstack.corpora.CorpusFigures.
#   bench/corpus-che.sh [GIT]      GIT: a che-docs repository (a clone, a bare snapshot, or a URL;
#                                   default https://github.com/eclipse-che/che-docs.git)
# Writes bench/work/corpora/adoc-che/ (git-ignored; Corpora.locate looks there after
# ../shared/corpora), replacing what the script wrote there before:
#   the tree at $COMMIT as upstream has it (no .git);
#   _meta/README.md               source, commit, license;
#   _meta/antora-playbook.yml     the playbook Antora built it with: upstream's
#                                 antora-playbook-for-development.yml without its extensions (search,
#                                 collector, htmltest: none changes pages or links) and with a minimal
#                                 local UI bundle (the default one is on gitlab.com);
#   _meta/antora-log.jsonl        Antora's log at level warn: empty means no warning and no error;
#   _meta/antora-output.tsv       every HTML file Antora wrote (but its UI's 404.html): path, page
#                                 or redirect, and a redirect's refresh URL;
#   _meta/PLACEHOLDERS.tsv        the generated files the corpus has placeholders for (see below).
# Needs Antora (../shared/peers/install.sh) and python3.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
COMMIT=ec5fa3deb303520e2365abbceae371f1c6e9a02a
source=${1:-https://github.com/eclipse-che/che-docs.git}
PEERS_HOME=${PEERS_HOME:-$HOME/.cache/docstack-peers}
antora="$PEERS_HOME/node_modules/.bin/antora"
[ -x "$antora" ] || { echo "Antora not found in $PEERS_HOME (run ../shared/peers/install.sh)" >&2; exit 2; }
out="$REPO/bench/work/corpora/adoc-che"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q --no-checkout "$source" "$work/repo"
git -C "$work/repo" checkout -q "$COMMIT"
git -C "$work/repo" archive "$COMMIT" | (mkdir -p "$work/corpus" && tar -x -C "$work/corpus")

# A minimal UI bundle: the page's contents in a bare layout (Antora needs a layout, not a theme).
python3 - "$work/ui.zip" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as ui:
    for name in ("layouts/default.hbs", "layouts/404.hbs"):
        ui.writestr(name, "<!DOCTYPE html><html><body>{{{page.contents}}}</body></html>\n")
EOF

# The files antora.yml's collector extension (ext.collector) generates before Antora reads the
# content: tools/checluster_docs_gen.sh downloads the CheCluster CRD and writes its reference,
# tools/create_architecture_diagrams.py draws PNGs with Python's diagrams package. Both need the
# network or packages this machine lacks, so the corpus has placeholders where the collector's
# scan puts them (listed in _meta/PLACEHOLDERS.tsv): the pages that include or show them build as
# upstream's do.
mkdir -p "$work/corpus/_meta"
printf 'path\twhat upstream generates there\n' > "$work/corpus/_meta/PLACEHOLDERS.tsv"
placeholder() { # path, description, content
  mkdir -p "$(dirname "$work/corpus/$1")"
  printf '%b' "$3" > "$work/corpus/$1"
  printf '%s\t%s\n' "$1" "$2" >> "$work/corpus/_meta/PLACEHOLDERS.tsv"
}
placeholder modules/administration-guide/examples/checluster-properties/checluster-properties.adoc \
  "the CheCluster custom resource fields reference (tools/checluster_docs_gen.sh)" \
  '// Placeholder for the generated CheCluster fields reference.\n'
png='\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82'
for diagram in che-interacting-with-devworkspace che-server-interactions che-dashboard-interactions \
    che-gateway-interactions che-plugin-registry-interactions che-user-workspaces-interactions \
    che-deployments-interacting-with-devworkspace; do
  placeholder "modules/discover/images/architecture/$diagram.png" \
    "an architecture diagram (tools/create_architecture_diagrams.py)" "$png"
done
# Antora reads content from git: a repository of the corpus as it is now.
cp -r "$work/corpus" "$work/content" && rm -rf "$work/content/_meta"
(cd "$work/content" && git init -q && git add -A && git -c user.name=corpus -c user.email=corpus@localhost commit -qm corpus)

cat > "$work/corpus/_meta/antora-playbook.yml" <<EOF
# Upstream's antora-playbook-for-development.yml at $COMMIT, as Antora 3.1.10 built it for this
# corpus: its extensions left out, a minimal local UI bundle; the content source is a git copy of
# the corpus (Antora reads content from git).
site:
  title: Eclipse Che Documentation
  start_page: docs:discover:what-is-che.adoc
content:
  sources:
  - url: $work/content
    branches: HEAD
asciidoc:
  sourcemap: true
ui:
  bundle:
    url: $work/ui.zip
  output_dir: docs/_
urls:
  html_extension_style: indexify
  redirect_facility: static
  latest_prerelease_version_segment: next
  latest_version_segment_strategy: replace
EOF
(cd "$work" && "$antora" --to-dir "$work/site" --log-level=warn --log-format=json \
  --log-file "$work/corpus/_meta/antora-log.jsonl" "$work/corpus/_meta/antora-playbook.yml")
touch "$work/corpus/_meta/antora-log.jsonl"
sed -i "s#$work/content#./  (a git copy of the corpus)#; s#$work/ui.zip#ui.zip  (layouts/default.hbs: {{{page.contents}}})#" \
  "$work/corpus/_meta/antora-playbook.yml"

python3 - "$work/site" "$work/corpus/_meta/antora-output.tsv" <<'EOF'
import os, re, sys
site, tsv = sys.argv[1], sys.argv[2]
refresh = re.compile(r'http-equiv="refresh" content="0; url=([^"]*)"')
rows = []
for folder, _, files in os.walk(site):
    for name in files:
        path = os.path.relpath(os.path.join(folder, name), site).replace(os.sep, "/")
        if not name.endswith(".html") or path == "404.html":
            continue
        text = open(os.path.join(folder, name), encoding="utf-8").read()
        match = refresh.search(text)
        rows.append((path, "redirect" if match else "page", match.group(1) if match else ""))
with open(tsv, "w", encoding="utf-8") as out:
    out.write("path\tkind\trefresh\n")
    for row in sorted(rows):
        out.write("\t".join(row) + "\n")
EOF

cat > "$work/corpus/_meta/README.md" <<EOF
# adoc-che: Eclipse Che's documentation (made by bench/corpus-che.sh)

- Source: https://github.com/eclipse-che/che-docs at $COMMIT, the tree as upstream has it.
- License: Eclipse Public License 2.0 (LICENSE in this folder).
- Truth (AUTHORITATIVE): Antora 3.1.10 with _meta/antora-playbook.yml; antora-log.jsonl is its log
  at level warn (empty: no warning, no error), antora-output.tsv every HTML file it wrote.
- Placeholders: _meta/PLACEHOLDERS.tsv (files upstream's collector extension generates).
- Pages: $(grep -c $'\tpage\t' "$work/corpus/_meta/antora-output.tsv"), redirects: $(grep -c $'\tredirect\t' "$work/corpus/_meta/antora-output.tsv").
EOF

rm -rf "$out"
mkdir -p "$(dirname "$out")"
mv "$work/corpus" "$out"
echo "adoc-che at $out: $(tail -n 2 "$out/_meta/README.md" | tr '\n' ' ')"
echo "Antora's log: $(wc -l < "$out/_meta/antora-log.jsonl") lines"
