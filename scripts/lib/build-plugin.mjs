// Builds the plugin (scripts/build.mjs: dist/esm) before a measurement.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { root } from "./paths.mjs";

/** Runs the build in a child process; `fail`s when it does not compile. */
export function buildPlugin(fail) {
  console.log("Building the plugin...");
  try {
    execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { stdio: "inherit" });
  } catch {
    fail("the build failed (see above); the measurement needs a plugin that compiles");
  }
}
