// Editor integration: the real ESLint language server (vscode-langservers-extracted, the server behind
// VS Code's ESLint extension) started over stdio against a temporary workspace whose eslint.config.mjs
// loads the BUILT plugin (dist/, from tests/global-setup.ts) by its package name. The test speaks LSP
// itself: it pulls diagnostics, asks for code actions, runs their commands and applies the
// `workspace/applyEdit` the server sends back, then checks the resulting text exactly.
// With ESLint 10 the server must NOT be told `useFlatConfig` (it would look for the removed FlatESLint
// class and report nothing), and diagnostics are pulled (`textDocument/diagnostic`), never pushed.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCosError } from "../../src/codes.js";
import noUnknownCode from "../../src/rules/no-unknown-code.js";
import preferNamedCode from "../../src/rules/prefer-named-code.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const serverBin = path.join(
  root,
  "node_modules",
  "vscode-langservers-extracted",
  "bin",
  "vscode-eslint-language-server",
);

/** Every wait on the server is bounded, so a broken server fails the test instead of hanging it. */
const TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------------------------------------------
// The LSP types used here (a subset of the protocol).

interface Position {
  readonly line: number;
  readonly character: number;
}
interface Range {
  readonly start: Position;
  readonly end: Position;
}
interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}
interface Diagnostic {
  readonly range: Range;
  readonly message: string;
  readonly severity?: number;
  readonly code?: string | number;
  readonly codeDescription?: { readonly href: string };
  readonly source?: string;
}
interface Command {
  readonly title: string;
  readonly command: string;
  readonly arguments?: unknown[];
}
interface CodeAction {
  readonly title: string;
  readonly kind?: string;
  readonly diagnostics?: Diagnostic[];
  readonly isPreferred?: boolean;
  readonly command?: Command;
}
interface WorkspaceEdit {
  readonly changes?: Record<string, TextEdit[]>;
  readonly documentChanges?: { readonly textDocument: { readonly uri: string }; readonly edits: TextEdit[] }[];
}
interface ResponseError {
  readonly code: number;
  readonly message: string;
}
interface Message {
  readonly jsonrpc: "2.0";
  readonly id?: number | string | null;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: ResponseError;
}
interface Pending {
  readonly method: string;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

// ---------------------------------------------------------------------------------------------------
// A tiny LSP client: Content-Length framing over the server's stdin/stdout, request ids, a map of
// pending requests, and answers to the server's own requests.

class LspClient {
  /** The server's stderr and `window/logMessage` lines, shown when something fails. */
  readonly log: string[] = [];
  /** The messages the server logged or showed as errors (LSP message type 1). */
  readonly errors: string[] = [];
  /** Every `workspace/applyEdit` the server asked for, in order (each answered `{ applied: true }`). */
  readonly appliedEdits: WorkspaceEdit[] = [];
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private exited: string | undefined;

  constructor(
    private readonly server: ChildProcessWithoutNullStreams,
    private readonly answer: (method: string, params: unknown) => unknown,
  ) {
    server.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
    server.stderr.on("data", (chunk: Buffer) => this.log.push(`[stderr] ${chunk.toString("utf8").trimEnd()}`));
    server.on("exit", (code, signal) => {
      this.exited = `the server exited (code ${String(code)}, signal ${String(signal)})`;
      for (const [id, pending] of this.pending) {
        clearTimeout(pending.timer);
        this.pending.delete(id);
        pending.reject(this.failure(`${pending.method}: ${this.exited}`));
      }
    });
  }

  request<T>(method: string, params: unknown, timeoutMs = TIMEOUT_MS): Promise<T> {
    if (this.exited) return Promise.reject(this.failure(`${method}: ${this.exited}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(this.failure(`${method}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (result: unknown) => void, reject, timer });
      this.send({ jsonrpc: "2.0", id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  /** An error carrying the end of the server's log. */
  failure(text: string): Error {
    return new Error(`${text}\n--- language server log ---\n${this.log.slice(-40).join("\n")}`);
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString("ascii");
      const length = /^Content-Length: *(\d+)$/im.exec(header)?.[1];
      if (length === undefined) throw new Error(`LSP header without Content-Length: ${JSON.stringify(header)}`);
      const bodyStart = headerEnd + 4;
      const bodyEnd = bodyStart + Number(length);
      if (this.buffer.length < bodyEnd) return;
      const message = JSON.parse(this.buffer.subarray(bodyStart, bodyEnd).toString("utf8")) as Message;
      this.buffer = this.buffer.subarray(bodyEnd);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      // A response to one of our requests.
      const pending = typeof message.id === "number" ? this.pending.get(message.id) : undefined;
      if (!pending) return;
      clearTimeout(pending.timer);
      this.pending.delete(message.id as number);
      if (message.error)
        pending.reject(this.failure(`${pending.method} failed: ${message.error.code} ${message.error.message}`));
      else pending.resolve(message.result);
    } else if (message.id !== undefined && message.id !== null) {
      // A request from the server.
      let result: unknown;
      if (message.method === "workspace/applyEdit") {
        this.appliedEdits.push((message.params as { edit: WorkspaceEdit }).edit);
        result = { applied: true };
      } else {
        result = this.answer(message.method, message.params) ?? null;
      }
      this.send({ jsonrpc: "2.0", id: message.id, result });
    } else if (message.method === "window/logMessage" || message.method === "window/showMessage") {
      const { type, message: text } = message.params as { type: number; message: string };
      this.log.push(`[${message.method}] ${text}`);
      if (type === 1) this.errors.push(text);
    }
    // Other notifications (eslint/status, $/progress, …) are ignored.
  }
}

// ---------------------------------------------------------------------------------------------------
// Text helpers.

/** The offset of an LSP position (UTF-16 code units, as JavaScript strings count). */
function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const newline = text.indexOf("\n", offset);
    if (newline < 0) return text.length;
    offset = newline + 1;
  }
  return Math.min(offset + position.character, text.length);
}

/** Applies non-overlapping text edits, all relative to the original text, as an editor does. */
function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const located = edits
    .map((edit) => ({
      start: offsetAt(text, edit.range.start),
      end: offsetAt(text, edit.range.end),
      newText: edit.newText,
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = text.length;
  for (const edit of located) {
    if (edit.end > limit) throw new Error("overlapping text edits");
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}

/** The text edits a workspace edit makes to one document (`changes` or `documentChanges` form). */
function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? [])
    .filter((c) => c.textDocument.uri === uri)
    .flatMap((c) => c.edits);
  return [...fromChanges, ...fromDocumentChanges];
}

/** ESLint's `{{name}}` interpolation of a rule message. */
function interpolate(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{([^{}]+?)\}\}/g, (whole, name: string) => {
    const value = data[name.trim()];
    return value === undefined ? whole : String(value);
  });
}

const lspRange = (line: number, start: number, end: number): Range => ({
  start: { line, character: start },
  end: { line, character: end },
});

// ---------------------------------------------------------------------------------------------------
// The workspace, the document and what the plugin must say about it.

const CONFIG = `import cosErrors from "eslint-plugin-cos-errors";
export default [cosErrors.configs.recommended];
`;

const SOURCE = `import COS from "cos-nodejs-sdk-v5";
export function isDone(err) {
  if (err.code === -96) return false;
  return err.code === -4017;
}
`;

const PREFER = "cos-errors/prefer-named-code";
const UNKNOWN = "cos-errors/no-unknown-code";
const DOCS = "https://github.com/eslint-plugin-cos-errors/eslint-plugin-cos-errors/blob/main/docs/rules";

const expired = getCosError(-96);
/** `\`-4018\` (FILE_ALREADY_UPLOADED: …)`, as no-unknown-code describes a catalogue entry. */
const describeEntry = (code: number): string => {
  const entry = getCosError(code);
  if (!entry) throw new Error(`${code} is not in the catalogue`);
  return `\`${entry.code}\` (${entry.name}: ${entry.en.join("; ")})`;
};

/** `\`-4018\` (FILE_ALREADY_UPLOADED)`, as no-unknown-code names a guess in its report. */
const nameEntry = (code: number): string => `\`${code}\` (${getCosError(code)!.name})`;

const PREFER_MESSAGE = interpolate(preferNamedCode.meta.messages.preferNamedCode, {
  code: -96,
  constant: `CosErrorCode.${expired.name}`,
  meaning: expired.en.join("; "),
});
const UNKNOWN_MESSAGE = interpolate(noUnknownCode.meta.messages.unknownCodeDidYouMean, {
  code: -4017,
  guesses: `${nameEntry(-4018)}, ${nameEntry(-4016)} or ${nameEntry(-4019)}`,
});
const suggestionTitle = (code: number): string =>
  `${interpolate(noUnknownCode.meta.messages.replaceWithKnownCode, { guess: describeEntry(code) })} (${UNKNOWN})`;

describe("the ESLint language server with the built plugin: diagnostics and quick fixes", () => {
  let workspace = "";
  let server: ChildProcessWithoutNullStreams | undefined;
  let client: LspClient | undefined;
  let uri = "";
  let diagnostics: Diagnostic[] = [];

  const lsp = (): LspClient => {
    if (!client) throw new Error("the language server did not start");
    return client;
  };

  const pullDiagnostics = async (): Promise<Diagnostic[]> => {
    const report = await lsp().request<{ kind: string; items: Diagnostic[] }>("textDocument/diagnostic", {
      textDocument: { uri },
    });
    expect(report.kind).toBe("full");
    return report.items;
  };

  const diagnosticFor = (rule: string): Diagnostic => {
    const found = diagnostics.find((d) => d.code === rule);
    if (!found) throw new Error(`no ${rule} diagnostic among ${JSON.stringify(diagnostics)}`);
    return found;
  };

  const codeActions = (diagnostic: Diagnostic): Promise<CodeAction[]> =>
    lsp().request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ["quickfix"] },
    });

  /** Runs a code action's command and returns the text edits of the `workspace/applyEdit` it causes. */
  const execute = async (action: CodeAction): Promise<TextEdit[]> => {
    if (!action.command) throw new Error(`code action without a command: ${JSON.stringify(action)}`);
    const before = lsp().appliedEdits.length;
    // The server answers executeCommand only once the client has answered its applyEdit request.
    await lsp().request("workspace/executeCommand", {
      command: action.command.command,
      arguments: action.command.arguments,
    });
    expect(lsp().appliedEdits.length).toBe(before + 1);
    return editsFor(lsp().appliedEdits[before]!, uri);
  };

  beforeAll(async () => {
    // Inside the project, so that the workspace's `node_modules` lookup (eslint for the server, the
    // plugin for eslint.config.mjs) walks up to the project's own: the plugin resolves itself by name.
    workspace = mkdtempSync(path.join(root, ".lsp-"));
    mkdirSync(path.join(workspace, "src"));
    writeFileSync(path.join(workspace, "eslint.config.mjs"), CONFIG);
    writeFileSync(path.join(workspace, "src", "upload.js"), SOURCE);
    const workspaceUri = pathToFileURL(workspace).href;
    uri = pathToFileURL(path.join(workspace, "src", "upload.js")).href;
    const folder = { name: path.basename(workspace), uri: workspaceUri };
    const settings = {
      validate: "on",
      useESLintClass: true,
      experimental: {},
      run: "onType",
      workingDirectory: { mode: "location" },
      workspaceFolder: folder,
      codeAction: {
        disableRuleComment: { enable: true, location: "separateLine" },
        showDocumentation: { enable: true },
      },
      codeActionOnSave: { mode: "all" },
      problems: { shortenToSingleLine: false },
      options: {},
      rulesCustomizations: [],
      nodePath: null,
      onIgnoredFiles: "off",
      quiet: false,
      format: false,
      packageManager: "npm",
    };

    server = spawn(process.execPath, [serverBin, "--stdio"], { cwd: workspace, stdio: "pipe" });
    client = new LspClient(server, (method, params) => {
      if (method === "workspace/configuration") return (params as { items: unknown[] }).items.map(() => settings);
      if (method === "workspace/workspaceFolders") return [folder];
      return null; // client/registerCapability and anything else
    });
    await client.request("initialize", {
      processId: process.pid,
      clientInfo: { name: "cos-errors-test" },
      rootUri: workspaceUri,
      workspaceFolders: [folder],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, applyEdit: true, executeCommand: {} },
        textDocument: {
          synchronization: {},
          diagnostic: {},
          codeAction: {
            codeActionLiteralSupport: {
              codeActionKind: { valueSet: ["", "quickfix", "source", "source.fixAll", "source.fixAll.eslint"] },
            },
          },
        },
      },
    });
    client.notify("initialized", {});
    client.notify("textDocument/didOpen", {
      textDocument: { uri, languageId: "javascript", version: 1, text: SOURCE },
    });
    diagnostics = await pullDiagnostics();
  });

  afterAll(async () => {
    const running = server;
    if (running && running.exitCode === null && running.signalCode === null) {
      const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
      running.kill();
      await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 5_000))]);
    }
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it("loads eslint from the project's node_modules, found by walking up from the workspace", () => {
    // The server logs the resolved path: the same unless node_modules is a symlink (a git worktree sharing one).
    const api = realpathSync(path.join(root, "node_modules", "eslint", "lib", "api.js"));
    expect(lsp().log).toContain(`[window/logMessage] ESLint library loaded from: ${api}`);
    expect(lsp().errors, lsp().log.join("\n")).toEqual([]);
  });

  it("pulls exactly the two findings, with the rule ids as codes and the rules' messages", () => {
    // The server log in the failure message shows why, should the plugin or its config fail to load.
    const found = diagnostics.map(({ code, range, message, severity, source, codeDescription }) => ({
      code,
      range,
      message,
      severity,
      source,
      codeDescription,
    }));
    expect(found, lsp().log.join("\n")).toEqual([
      {
        code: PREFER,
        range: lspRange(2, 19, 22),
        message: PREFER_MESSAGE,
        severity: 2, // warning: recommended at "warn"
        source: "eslint",
        codeDescription: { href: `${DOCS}/prefer-named-code.md` },
      },
      {
        code: UNKNOWN,
        range: lspRange(3, 22, 27),
        message: UNKNOWN_MESSAGE,
        severity: 1, // error
        source: "eslint",
        codeDescription: { href: `${DOCS}/no-unknown-code.md` },
      },
    ]);
    // Written out once, so that a change in the catalogue or the rule's wording shows here too.
    expect(UNKNOWN_MESSAGE).toBe(
      "`-4017` is not a COS error code. Did you mean `-4018` (FILE_ALREADY_UPLOADED), `-4016` (UPLOAD_SHA_MISMATCH) or " +
        "`-4019` (UPLOAD_RESUMABLE)?",
    );
    expect(PREFER_MESSAGE).toBe(
      "Use `CosErrorCode.SIGNATURE_EXPIRED` (Signature expired) instead of the magic number `-96`.",
    );
  });

  it("fixes -96 with the named constant and its import", async () => {
    const actions = await codeActions(diagnosticFor(PREFER));
    expect(actions.map((a) => a.title)).toEqual([
      `Fix this ${PREFER} problem`,
      `Disable ${PREFER} for this line`,
      `Disable ${PREFER} for the entire file`,
      `Show documentation for ${PREFER}`,
      "Fix all auto-fixable problems",
    ]);
    const fix = actions[0]!;
    expect(fix).toMatchObject({ kind: "quickfix", isPreferred: true, command: { command: "eslint.applySingleFix" } });
    const edits = await execute(fix);
    expect(applyTextEdits(SOURCE, edits)).toBe(`import COS from "cos-nodejs-sdk-v5";
import { CosErrorCode } from "cos-error-codes";
export function isDone(err) {
  if (err.code === CosErrorCode.SIGNATURE_EXPIRED) return false;
  return err.code === -4017;
}
`);
  });

  it("offers the nearest known codes for -4017 as suggestions, and applies the first", async () => {
    const actions = await codeActions(diagnosticFor(UNKNOWN));
    expect(actions.map((a) => a.title)).toEqual([
      suggestionTitle(-4018),
      suggestionTitle(-4016),
      suggestionTitle(-4019),
      `Disable ${UNKNOWN} for this line`,
      `Disable ${UNKNOWN} for the entire file`,
      `Show documentation for ${UNKNOWN}`,
    ]);
    expect(actions[0]!.title).toBe(
      "Replace with `-4018` (FILE_ALREADY_UPLOADED: File already exists and its upload is complete). (cos-errors/no-unknown-code)",
    );
    const suggestion = actions[0]!;
    expect(suggestion).toMatchObject({ kind: "quickfix", command: { command: "eslint.applySuggestion" } });
    const edits = await execute(suggestion);
    expect(edits).toEqual([{ range: lspRange(3, 22, 27), newText: "-4018" }]);
    expect(applyTextEdits(SOURCE, edits)).toBe(
      SOURCE.replace("return err.code === -4017;", "return err.code === -4018;"),
    );
  });
});
