// `eslint-plugin-cos-errors explain`: the REAL built binary (dist/ is built by tests/global-setup.ts), run the
// way package.json's "bin" names it, with exact stdout and exit codes; and the pure functions behind it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editDistance, lookup, nearest, run } from "../../src/cli/explain.js";
import { root } from "../package/project.js";

const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { bin: Record<string, string> };
const binFile = path.join(root, pkg.bin["eslint-plugin-cos-errors"]!);

/** Runs the built bin with `args`, as `npx eslint-plugin-cos-errors ...` would. */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const { status, stdout, stderr } = spawnSync(process.execPath, [binFile, ...args], { cwd: root, encoding: "utf8" });
  return { status, stdout, stderr };
}
const lines = (...text: string[]): string => `${text.join("\n")}\n`;

const NEVER = [
  "  Retry class: never: The request itself is wrong or not allowed.",
  "  What to do:  Do not retry: report, fix the request or the configuration, or treat as a known outcome " +
    '(e.g. -4018 "already uploaded" may mean success).',
];

describe("the eslint-plugin-cos-errors bin", () => {
  it('is package.json\'s "bin", the built dist/esm/cli/bin.js, a node script', () => {
    expect(pkg.bin).toEqual({ "eslint-plugin-cos-errors": "./dist/esm/cli/bin.js" });
    expect(readFileSync(binFile, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });

  it("runs through npm exec in the repository, as npx eslint-plugin-cos-errors would", () => {
    const { status, stdout } = spawnSync(
      "npm",
      ["exec", "--offline", "--", "eslint-plugin-cos-errors", "explain", "-96"],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    expect(status).toBe(0);
    expect(stdout).toBe(cli("explain", "-96").stdout);
  });

  it("explain -96: a JSON-API code, with its constant, meaning, category, retry class and fix", () => {
    expect(cli("explain", "-96")).toEqual({
      status: 0,
      stderr: "",
      stdout: lines(
        "-96: JSON-API code, constant CosErrorCode.SIGNATURE_EXPIRED",
        "  Meaning:     Signature expired",
        "  Chinese:     签名过期",
        "  HTTP status: none listed for JSON-API codes",
        "  Category:    signature-expired: Signature expired or one-time signature reused.",
        "  Retry class: after-fix: A plain retry repeats the failure, but a retry after a specific action succeeds.",
        "  What to do:  Do the category's fix action first (re-sign, resume, re-read and re-checksum), then retry.",
        "  Fix first:   re-sign the request (and correct the clock skew) before retrying",
      ),
    });
  });

  it("explain NoSuchKey: an XML-API code", () => {
    expect(cli("explain", "NoSuchKey")).toEqual({
      status: 0,
      stderr: "",
      stdout: lines(
        "NoSuchKey: XML-API code, constant CosXmlErrorCode.NoSuchKey",
        "  Meaning:     The specified object key is not found. You can call HEAD Object to check whether the object exists",
        "  Chinese:     指定的对象键不存在。检查对象是否存在请使用 HEAD Object 接口",
        "  HTTP status: 404",
        "  Category:    not-found: Bucket, file, version or copy source missing.",
        ...NEVER,
      ),
    });
  });

  it("explain BadRquest: a known misspelling, explained as the correct spelling's entry", () => {
    expect(cli("explain", "BadRquest")).toEqual({
      status: 0,
      stderr: "",
      stdout: lines(
        "BadRquest: XML-API code, a misspelling of BadRequest (no constant of its own; use CosXmlErrorCode.BadRequest)",
        "  Meaning:     Parameter error.",
        "               Invalid parameter.",
        "  Chinese:     参数错误",
        "  HTTP status: 400",
        "  Category:    request: Bad parameters, malformed bodies, size and count limits.",
        ...NEVER,
      ),
    });
  });

  it("explain 404: no JSON-API code, so an HTTP status (and it says so)", () => {
    expect(cli("explain", "404")).toEqual({
      status: 0,
      stderr: "",
      stdout: lines(
        "404: HTTP status 404 (no JSON-API code is 404)",
        "  Meaning:     Not Found: the bucket, object or configuration does not exist",
        "  Chinese:     (none)",
        "  HTTP status: 404",
        "  Category:    not-found: Bucket, file, version or copy source missing.",
        ...NEVER,
        '  Also:        the code "404" an SDK makes up: A request without a response body (HEAD) answered 404: ' +
          'the Node SDK puts the status as the string "404" into err.code',
      ),
    });
  });

  it("explain ECONNRESET: a Node system code", () => {
    expect(cli("explain", "ECONNRESET")).toEqual({
      status: 0,
      stderr: "",
      stdout: lines(
        "ECONNRESET: a Node system code (no constant)",
        '  Meaning:     The connection was reset by the peer ("socket hang up")',
        "  Chinese:     (none)",
        "  HTTP status: none",
        "  Category:    transient: Timeouts and network failures.",
        "  Retry class: backoff: Transient on the server or network side.",
        "  What to do:  Retry with exponential backoff and jitter, a small bounded number of attempts, then surface " +
          "the error with its request id.",
      ),
    });
  });

  it("explain -4017: unknown, exit 1, the one-digit edits nearest in value first, then in catalogue order", () => {
    expect(cli("explain", "-4017")).toEqual({
      status: 1,
      stderr: "",
      stdout: lines(
        "-4017: not a known COS error code",
        "  Nearest codes:",
        "    -4018  CosErrorCode.FILE_ALREADY_UPLOADED",
        "    -4016  CosErrorCode.UPLOAD_SHA_MISMATCH",
        "    -4019  CosErrorCode.UPLOAD_RESUMABLE",
      ),
    });
  });

  it("explain NoSuchkey: unknown, exit 1, the case-insensitive match first", () => {
    expect(cli("explain", "NoSuchkey")).toEqual({
      status: 1,
      stderr: "",
      stdout: lines(
        "NoSuchkey: not a known COS error code",
        "  Nearest codes:",
        "    NoSuchKey  CosXmlErrorCode.NoSuchKey",
        "    NoSuchJob  CosXmlErrorCode.NoSuchJob",
      ),
    });
  });

  it("explain with nothing near: unknown, exit 1", () => {
    expect(cli("explain", "xyzzyqqq")).toEqual({
      status: 1,
      stderr: "",
      stdout: lines("xyzzyqqq: not a known COS error code", "  No known code is near it."),
    });
  });

  it("explain --json -96: the documented JSON, exit 0", () => {
    const { status, stdout, stderr } = cli("explain", "--json", "-96");
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    expect(JSON.parse(stdout)).toEqual({
      input: "-96",
      known: true,
      kind: "json",
      code: -96,
      constant: "CosErrorCode.SIGNATURE_EXPIRED",
      variantOf: null,
      en: ["Signature expired"],
      zh: ["签名过期"],
      httpStatuses: [],
      category: {
        id: "signature-expired",
        covers: "Signature expired or one-time signature reused.",
        fixAction: "re-sign the request (and correct the clock skew) before retrying",
      },
      retry: {
        id: "after-fix",
        meaning: "A plain retry repeats the failure, but a retry after a specific action succeeds.",
        action: "Do the category's fix action first (re-sign, resume, re-read and re-checksum), then retry.",
      },
      messages: [],
      sdks: [],
      alsoSdkCode: null,
    });
    expect(Object.keys(JSON.parse(stdout) as object)[0]).toBe("input");
  });

  it("explain BadRquest --json: the variant's correct spelling; an unknown code --json: suggestions, exit 1", () => {
    const variant = cli("explain", "BadRquest", "--json");
    expect(variant.status).toBe(0);
    expect(JSON.parse(variant.stdout)).toMatchObject({ kind: "xml", code: "BadRequest", variantOf: "BadRequest" });
    const unknown = cli("explain", "--json", "-4017");
    expect(unknown.status).toBe(1);
    expect(JSON.parse(unknown.stdout)).toEqual({
      input: "-4017",
      known: false,
      suggestions: [
        { code: -4018, kind: "json", constant: "CosErrorCode.FILE_ALREADY_UPLOADED" },
        { code: -4016, kind: "json", constant: "CosErrorCode.UPLOAD_SHA_MISMATCH" },
        { code: -4019, kind: "json", constant: "CosErrorCode.UPLOAD_RESUMABLE" },
      ],
    });
  });

  it("--help prints the usage on stdout, exit 0", () => {
    const help = cli("--help");
    expect(help.status).toBe(0);
    expect(help.stdout.startsWith("Usage: eslint-plugin-cos-errors explain [--json] <code>\n")).toBe(true);
    expect(cli("explain", "-h")).toEqual(help);
  });

  it("bad usage exits 2 with a message on stderr and nothing on stdout", () => {
    const usage = (message: string) => ({
      status: 2,
      stdout: "",
      stderr: `eslint-plugin-cos-errors: ${message}\nRun "eslint-plugin-cos-errors --help" for usage.\n`,
    });
    expect(cli()).toEqual(usage("missing command: explain"));
    expect(cli("explian", "-96")).toEqual(usage("unknown command explian"));
    expect(cli("explain")).toEqual(usage("explain takes exactly one code"));
    expect(cli("explain", "-96", "-97")).toEqual(usage("explain takes exactly one code"));
    expect(cli("explain", "--yaml", "-96")).toEqual(usage("unknown option --yaml"));
  });
});

describe("the README's explain section", () => {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Explain a code"), readme.indexOf("## Rules\n"));

  it("shows exactly what explain -96 prints", () => {
    const block = /```text\n([\s\S]*?)```/u.exec(section)?.[1];
    expect(block).toBe(cli("explain", "-96").stdout);
  });

  it("documents exactly the --json keys, in order", () => {
    const keys = [...section.matchAll(/^\| `(\w+)`(?:, `(\w+)`)? \|/gmu)].flatMap((m) => m.slice(1).filter(Boolean));
    expect(keys).toEqual(Object.keys(JSON.parse(cli("explain", "--json", "-96").stdout) as object));
  });
});

describe("the pure functions behind explain", () => {
  it("lookup takes a number as a JSON-API code first, else as an HTTP status, else as unknown", () => {
    expect(lookup("-96")).toMatchObject({ known: true, kind: "json", code: -96 });
    expect(lookup("100")).toMatchObject({ known: true, kind: "json", code: 100 });
    expect(lookup("503")).toMatchObject({ known: true, kind: "http", code: 503, retry: { id: "backoff" } });
    expect(lookup("200")).toMatchObject({ known: false });
    expect(lookup("700")).toMatchObject({ known: false });
  });

  it("lookup knows constant names, SDK codes and Node's ERR_* codes", () => {
    expect(lookup("SIGNATURE_EXPIRED")).toMatchObject({ kind: "json", code: -96 });
    expect(lookup("CosXmlErrorCode.NoSuchKey")).toMatchObject({ kind: "xml", code: "NoSuchKey" });
    expect(lookup("CannotDownload")).toMatchObject({ kind: "sdk", sdks: ["cos-nodejs-sdk-v5"] });
    expect(lookup("ERR_SOMETHING_NEW")).toMatchObject({ kind: "node" });
  });

  it("nearest: case-insensitive match first, then edit distance; one-digit edits for numbers", () => {
    expect(nearest("nosuchkey")[0]).toEqual({ code: "NoSuchKey", kind: "xml", constant: "CosXmlErrorCode.NoSuchKey" });
    expect(nearest("SIGNATURE_EXPIRD").map((s) => s.code)).toEqual([-96]);
    expect(nearest("-4017").map((s) => s.code)).toEqual([-4018, -4016, -4019]);
    expect(editDistance("BadRquest", "BadRequest")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("run gives the bin's output without touching the process", () => {
    expect(run(["explain", "-96"]).exitCode).toBe(0);
    expect(run(["explain", "-4017"]).exitCode).toBe(1);
    expect(run(["explain"]).exitCode).toBe(2);
  });
});
