// Creates the storage service's git repository in target/storage-repo, as its history would be:
// storage-history/release-1.0 committed and branched as release/1.0, then release-2.0 on top as
// release/2.0, then work in progress on main that no site should show. JGit, no git binary.
import org.eclipse.jgit.api.Git

def sample = basedir
def repo = new File(sample, 'target/storage-repo')
repo.deleteDir()
def git = Git.init().setDirectory(repo).setInitialBranch('main').call()
def commit = { String release ->
    repo.eachFile { if (it.name != '.git') { it.isDirectory() ? it.deleteDir() : it.delete() } }
    def from = new File(sample, "storage-history/${release}").toPath()
    java.nio.file.Files.walk(from).filter { java.nio.file.Files.isRegularFile(it) }.each { file ->
        def to = repo.toPath().resolve(from.relativize(file).toString())
        java.nio.file.Files.createDirectories(to.parent)
        java.nio.file.Files.copy(file, to)
    }
    git.add().addFilepattern('.').call()
    git.add().addFilepattern('.').setUpdate(true).call()
    git.commit().setMessage("Storage ${release}").setAuthor('Storage team', 'storage@example.com')
            .setCommitter('Storage team', 'storage@example.com').setSign(false).call()
}
commit('release-1.0')
git.branchCreate().setName('release/1.0').call()
commit('release-2.0')
git.branchCreate().setName('release/2.0').call()
new File(repo, 'src/docs/index.md').text = '# Work in progress\n\n[Not written yet](nowhere.md)\n'
git.commit().setAll(true).setMessage('WIP').setAuthor('Storage team', 'storage@example.com')
        .setCommitter('Storage team', 'storage@example.com').setSign(false).call()
git.close()
return true
