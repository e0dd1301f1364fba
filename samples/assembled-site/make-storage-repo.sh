#!/usr/bin/env bash
# Creates target/storage-repo with the git binary, as prebuild.groovy does in the integration test:
# release/1.0 and release/2.0 from storage-history/, then unfinished work on main.
set -euo pipefail
cd "$(dirname "$0")"
rm -rf target/storage-repo && mkdir -p target/storage-repo
git -C target/storage-repo init -q -b main
for release in 1.0 2.0; do
  find target/storage-repo -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
  cp -R "storage-history/release-$release/." target/storage-repo/
  git -C target/storage-repo add -A
  git -C target/storage-repo -c user.name='Storage team' -c user.email=storage@example.com commit -q -m "Storage $release"
  git -C target/storage-repo branch "release/$release"
done
printf '# Work in progress\n\n[Not written yet](nowhere.md)\n' > target/storage-repo/src/docs/index.md
git -C target/storage-repo -c user.name='Storage team' -c user.email=storage@example.com commit -q -am WIP
echo "target/storage-repo: $(git -C target/storage-repo branch --list 'release/*' | tr -d ' *' | paste -sd' ')"
