// Builds the plugin (scripts/build.mjs: dist/esm) and the runtime package (packages/cos-error-codes/dist,
// which the robustness pass's executed modules require) before a measurement.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { root } from "./paths.mjs";

/** Runs the builds in child processes; `fail`s when one does not compile. */
export function buildPlugin(fail) {
  console.log("Building the plugin and the runtime package...");
  try {
    execFileSync(process.execPath, [path.join(root, "scripts", "build.mjs")], { stdio: "inherit" });
    execFileSync(process.execPath, [path.join(root, "packages", "cos-error-codes", "build.mjs")], { stdio: "inherit" });
  } catch {
    fail("the build failed (see above); the measurement needs a plugin that compiles");
  }
}
