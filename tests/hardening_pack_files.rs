//! Pack safety: `ContentPack::from_dir` reads only regular files of at most 4 MiB, and at most 32 MiB
//! and 1,024 Fluent files for a whole pack. The
//! reliability review (2026-11-29, F13) saw it block forever on a FIFO named `*.ftl`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use lowback::{ContentError, ContentPack, ContentProblem};

/// A fresh copy of the crate's `data/` and `locales/` in a temporary folder, removed on drop.
struct PackDir(PathBuf);

impl PackDir {
    fn new(name: &str) -> Self {
        let root =
            std::env::temp_dir().join(format!("lowback-hardening-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let src = Path::new(env!("CARGO_MANIFEST_DIR"));
        for sub in ["data", "locales"] {
            copy_dir(&src.join(sub), &root.join(sub));
        }
        Self(root)
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }
}

impl Drop for PackDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let t = e.file_type().unwrap();
        if t.is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else if t.is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// `from_dir` on another thread, failing the test instead of hanging if it blocks.
fn from_dir_within(dir: PathBuf, limit: Duration) -> Result<ContentPack, ContentError> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(ContentPack::from_dir(dir));
    });
    rx.recv_timeout(limit)
        .expect("ContentPack::from_dir blocked instead of refusing the file")
}

fn io_problem_for<'a>(e: &'a ContentError, file_suffix: &str) -> Option<&'a str> {
    e.problems().iter().find_map(|p| match p {
        ContentProblem::Io { file, message } if file.ends_with(file_suffix) => {
            Some(message.as_str())
        }
        _ => None,
    })
}

#[test]
fn pack_copy_reads_cleanly() {
    let dir = PackDir::new("clean");
    let pack = from_dir_within(dir.0.clone(), Duration::from_secs(60)).unwrap();
    assert!(lowback::Catalog::from_pack(&pack).is_ok());
}

#[cfg(unix)]
#[test]
fn fifo_ftl_and_fifo_data_file_are_refused_not_read() {
    let dir = PackDir::new("fifo");
    let fifo_ftl = dir.path("locales/en/zz.ftl");
    let fifo_data = dir.path("data/facts.toml");
    std::fs::remove_file(&fifo_data).unwrap();
    for f in [&fifo_ftl, &fifo_data] {
        let status = std::process::Command::new("mkfifo").arg(f).status();
        assert!(status.is_ok_and(|s| s.success()), "mkfifo {}", f.display());
    }
    let e = from_dir_within(dir.0.clone(), Duration::from_secs(20)).unwrap_err();
    let m = io_problem_for(&e, "locales/en/zz.ftl").unwrap_or_else(|| panic!("{e}"));
    assert!(m.contains("FIFO"), "{m}");
    let m = io_problem_for(&e, "data/facts.toml").unwrap_or_else(|| panic!("{e}"));
    assert!(m.contains("FIFO"), "{m}");
    // Exactly the two FIFOs are I/O problems; what the missing facts.toml breaks elsewhere (the
    // conditions' facts) is listed too, in the same attempt (reliability F8).
    let io = e
        .problems()
        .iter()
        .filter(|p| matches!(p, lowback::ContentProblem::Io { .. }))
        .count();
    assert_eq!(io, 2, "{e}");
}

#[cfg(unix)]
#[test]
fn devices_symlink_loops_and_directories_are_refused() {
    let dir = PackDir::new("special");
    // A device behind a symbolic link: the link is followed, and the device refused.
    std::os::unix::fs::symlink("/dev/zero", dir.path("locales/en/zero.ftl")).unwrap();
    // A symbolic link to itself.
    std::os::unix::fs::symlink("loop.ftl", dir.path("locales/fr/loop.ftl")).unwrap();
    // A directory where a file is expected.
    std::fs::create_dir(dir.path("locales/fr/folder.ftl")).unwrap();
    // A locale folder that is a symbolic-link loop.
    std::os::unix::fs::symlink("xx", dir.path("locales/xx")).unwrap();
    let e = from_dir_within(dir.0.clone(), Duration::from_secs(20)).unwrap_err();
    let m = io_problem_for(&e, "zero.ftl").unwrap_or_else(|| panic!("{e}"));
    assert!(m.contains("device"), "{m}");
    assert!(io_problem_for(&e, "loop.ftl").is_some(), "{e}");
    let m = io_problem_for(&e, "folder.ftl").unwrap_or_else(|| panic!("{e}"));
    assert!(m.contains("directory"), "{m}");
    assert!(io_problem_for(&e, "locales/xx").is_some(), "{e}");
    assert_eq!(e.problems().len(), 4, "{e}");
}

#[cfg(unix)]
#[test]
fn a_symlink_to_a_regular_file_is_followed() {
    let dir = PackDir::new("symlink-ok");
    let target = dir.path("locales/en/report.ftl");
    let moved = dir.path("report.ftl.real");
    std::fs::rename(&target, &moved).unwrap();
    std::os::unix::fs::symlink(&moved, &target).unwrap();
    let pack = from_dir_within(dir.0.clone(), Duration::from_secs(60)).unwrap();
    assert!(lowback::Catalog::from_pack(&pack).is_ok());
}

#[test]
fn files_over_4_mib_are_refused() {
    let dir = PackDir::new("big");
    let big = "# padding\n".repeat(420_000); // 4.2 MB of comments: valid, but too large
    std::fs::write(dir.path("locales/en/big.ftl"), &big).unwrap();
    std::fs::write(dir.path("data/care.toml"), format!("{big}{big}")).unwrap();
    let e = from_dir_within(dir.0.clone(), Duration::from_secs(60)).unwrap_err();
    for f in ["locales/en/big.ftl", "data/care.toml"] {
        let m = io_problem_for(&e, f).unwrap_or_else(|| panic!("{f}: {e}"));
        assert!(m.contains("4 MiB"), "{m}");
    }
    // Just under the limit is read.
    let dir = PackDir::new("just-under");
    std::fs::write(
        dir.path("locales/en/big.ftl"),
        "#\n".repeat(2 * 1024 * 1024),
    )
    .unwrap();
    assert!(from_dir_within(dir.0.clone(), Duration::from_secs(60)).is_ok());
}

#[test]
fn invalid_utf8_names_the_file() {
    let dir = PackDir::new("utf8");
    std::fs::write(dir.path("locales/fr/bad.ftl"), b"a = \xff\n").unwrap();
    let e = from_dir_within(dir.0.clone(), Duration::from_secs(60)).unwrap_err();
    let m = io_problem_for(&e, "locales/fr/bad.ftl").unwrap_or_else(|| panic!("{e}"));
    assert!(m.contains("UTF-8"), "{m}");
}

#[test]
fn f7_file_names_in_problems_are_escaped_and_bounded() {
    let dir = PackDir::new("names");
    let long = format!("{}evil\u{1b}[2J.ftl", "x".repeat(200));
    std::fs::create_dir(dir.path(&format!("locales/en/{long}"))).unwrap();
    let e = from_dir_within(dir.0.clone(), Duration::from_secs(60)).unwrap_err();
    for p in e.problems() {
        let text = p.to_string();
        assert!(!text.chars().any(char::is_control), "{text:?}");
        assert!(text.chars().count() < 200, "{text:?}");
    }
    assert!(e.to_string().contains("\\u{1b}"), "{e}");
}

#[test]
fn f1_deep_file_through_from_dir_is_refused_on_a_small_stack() {
    // The review's from_dir reproducer: 100,000 nested placeables in locales/en/deep.ftl.
    let dir = PackDir::new("deep");
    let n = 100_000;
    let deep = format!("deep-msg = {}\"x\"{}\n", "{ ".repeat(n), " }".repeat(n));
    std::fs::write(dir.path("locales/en/deep.ftl"), deep).unwrap();
    let root = dir.0.clone();
    let e = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || {
            let pack = ContentPack::from_dir(root).unwrap();
            lowback::Catalog::from_pack(&pack).unwrap_err()
        })
        .unwrap()
        .join()
        .unwrap();
    assert!(
        e.problems().iter().any(|p| matches!(p,
            ContentProblem::FtlSyntax { file, line: 1, message, .. }
            if file == "deep.ftl" && message.contains("nested more than 64 levels"))),
        "{e}"
    );
}

/// The problem `from_dir` gives for the whole pack (it names the pack's directory).
fn problem_naming_the_pack<'a>(e: &'a ContentError, dir: &PackDir) -> &'a str {
    let root = dir.0.display().to_string();
    e.problems()
        .iter()
        .find_map(|p| match p {
            ContentProblem::Io { file, message } if *file == root => Some(message.as_str()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{e}"))
}

#[test]
fn a_pack_over_1024_fluent_files_stops_reading_and_says_so() {
    let dir = PackDir::new("many-files");
    let extra = dir.path("locales/xx");
    std::fs::create_dir_all(&extra).unwrap();
    for i in 0..1_100 {
        std::fs::write(extra.join(format!("f{i:04}.ftl")), "x = y\n").unwrap();
    }
    let e = from_dir_within(dir.0.clone(), Duration::from_secs(30)).unwrap_err();
    let message = problem_naming_the_pack(&e, &dir);
    assert!(message.contains("over 1024 Fluent files"), "{message}");
}

#[test]
fn a_pack_over_32_mib_in_all_stops_reading_and_says_so() {
    // Nine files just under the 4 MiB limit each: every file is accepted on its own, the pack
    // is not.
    let dir = PackDir::new("many-bytes");
    let extra = dir.path("locales/xx");
    std::fs::create_dir_all(&extra).unwrap();
    let comment = format!("# {}\n", "a".repeat(4 * 1024 * 1024 - 16));
    for i in 0..9 {
        std::fs::write(extra.join(format!("big{i}.ftl")), &comment).unwrap();
    }
    let e = from_dir_within(dir.0.clone(), Duration::from_secs(60)).unwrap_err();
    let message = problem_naming_the_pack(&e, &dir);
    assert!(message.contains("32 MiB"), "{message}");
}
