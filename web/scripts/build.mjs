// Builds the wasm package into pkg/: the web crate for wasm32-unknown-unknown (profile
// wasm-release, see the root Cargo.toml), then wasm-bindgen's JS glue and TypeScript types.
// The wasm-bindgen CLI must be the version Cargo.lock pins for the wasm-bindgen crate.
import { execFileSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const web = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(web, "..");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });

const lock = readFileSync(join(root, "Cargo.lock"), "utf8");
const pinned = /name = "wasm-bindgen"\nversion = "([^"]+)"/.exec(lock)?.[1];
let cli = "";
try {
  cli = execFileSync("wasm-bindgen", ["--version"], { encoding: "utf8" }).trim();
} catch {
  cli = "not installed";
}
if (!pinned || cli !== `wasm-bindgen ${pinned}`) {
  console.error(
    `wasm-bindgen CLI: found "${cli}", Cargo.lock pins wasm-bindgen ${pinned}.\n` +
      `Install it with: cargo install wasm-bindgen-cli --version ${pinned} --locked`,
  );
  process.exit(1);
}

run("cargo", ["build", "--locked", "-p", "lowback-web", "--target", "wasm32-unknown-unknown", "--profile", "wasm-release"]);
const target = process.env.CARGO_TARGET_DIR ? resolve(root, process.env.CARGO_TARGET_DIR) : join(root, "target");
const wasm = join(target, "wasm32-unknown-unknown", "wasm-release", "lowback_web.wasm");
run("wasm-bindgen", ["--target", "web", "--out-dir", join(web, "pkg"), wasm]);

const out = join(web, "pkg", "lowback_web_bg.wasm");
const raw = statSync(out).size;
const gz = gzipSync(readFileSync(out), { level: 9 }).length;
console.log(`wasm: ${raw} bytes (${(raw / 1048576).toFixed(2)} MiB), gzipped ${gz} bytes (${(gz / 1048576).toFixed(2)} MiB)`);
