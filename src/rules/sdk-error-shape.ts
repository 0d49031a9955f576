import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { Catalog } from "../catalog/index.js";
import {
  COS_SDKS,
  errorName,
  isPresenceGuarded,
  matchErrorRead,
  subscribe,
  type CodeOperand,
  type CodeSite,
  type CosSdk,
  type ErrorOrigin,
  type ErrorReadMatch,
  type FileAnalysis,
  isXmlApiCode,
} from "../detect/index.js";
import { replaceTokenSafe } from "../fix/token-safe.js";
import { createRule } from "../util/create-rule.js";

type SdkModule = "cos-nodejs-sdk-v5" | "cos-js-sdk-v5" | "cos-wx-sdk-v5";
type Options = [{ sdk?: SdkModule }];
type MessageIds =
  | "wxHasNoCode"
  | "bodyMayBeMissing"
  | "statusInCode"
  | "headHasNoBody"
  | "headStatusOnlyOnNode"
  | "readInstead"
  | "compareHttpStatus";

/** The methods that send a HEAD request: their responses have no body, so their errors have no XML code. */
const HEAD_METHODS: ReadonlySet<string> = new Set(["headObject", "headBucket"]);

/** Objects that a member access can follow without parentheses. */
const PRIMARY: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.ThisExpression,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.MetaProperty,
]);

/** Whether `operand` is an HTTP status spelled as a number (`404`); not as a string (the Node SDK's HEAD `'404'`). */
const isStatusNumber = (operand: CodeOperand): boolean =>
  operand.vocabulary === "status" && operand.literal?.kind === "number";

/** The HTTP status that `operand` spells as a string (`'404'`: what the Node SDK puts in a HEAD error's `code`). */
function statusString(operand: CodeOperand): number | undefined {
  return operand.vocabulary === "status" && operand.literal?.kind === "string" && typeof operand.value === "number"
    ? operand.value
    : undefined;
}

/** The one HTTP status of an XML-API code, when its catalogue entry has exactly one. */
function onlyStatus(code: number | string, catalog: Catalog): number | undefined {
  const statuses = typeof code === "string" ? catalog.byXmlCode(code)?.entry.statuses : undefined;
  return statuses?.length === 1 ? statuses[0] : undefined;
}

/** What a HEAD report needs besides its site. */
interface HeadContext {
  readonly catalog: Catalog;
  readonly method: string;
  readonly sdk: CosSdk | undefined;
}

/** How a message names the SDK: the file's, or all of them. */
const sdkLabel = (sdk: CosSdk | undefined): string => (sdk ? `\`${sdk.module}\`` : "any COS SDK");

export default createRule<Options, MessageIds>({
  name: "sdk-error-shape",
  meta: {
    type: "problem",
    docs: {
      description: "Require reading a COS error's code and HTTP status where the file's SDK puts them",
      recommended: "error",
    },
    hasSuggestions: true,
    messages: {
      wxHasNoCode:
        "With `cos-wx-sdk-v5`, `{{read}}` never holds an XML error code such as `{{code}}`: " +
        "that SDK puts it only in `error.Code`.",
      bodyMayBeMissing:
        "With `cos-nodejs-sdk-v5`, `{{read}}` throws when the error has no XML body " +
        "(a HEAD request's 404, a network error): `{{body}}` is undefined then.",
      statusInCode:
        "With {{sdk}}, `{{read}}` holds an error code, never the number `{{status}}`: " +
        "the HTTP status is in `statusCode`.",
      headHasNoBody:
        "`{{method}}` sends a HEAD request, whose error has no XML body: with {{sdk}}, `{{read}}` is never `{{code}}`.",
      headStatusOnlyOnNode:
        "`{{method}}` sends a HEAD request: with {{sdk}}, `{{read}}` is never `{{code}}` " +
        "(only `cos-nodejs-sdk-v5` puts the HTTP status of a HEAD error in `code`).",
      readInstead: "Read `{{replacement}}` instead.",
      compareHttpStatus: "Compare the HTTP status instead: `{{replacement}}`.",
    },
    schema: [
      {
        type: "object",
        properties: {
          sdk: {
            type: "string",
            enum: COS_SDKS.map((sdk) => sdk.module),
            description:
              "The SDK assumed for a file that imports none of the three (its COS client is made in another module).",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{}],
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const assumed = COS_SDKS.find((sdk) => sdk.module === options.sdk);
    const reported = new Set<TSESTree.Node>();

    /** The SDK of the file: the one it imports, else the `sdk` option when it imports none; else unknown. */
    const sdkOf = (file: FileAnalysis): CosSdk | undefined => (file.sdks().length === 0 ? assumed : file.sdk());

    const report = (
      node: TSESTree.Node,
      messageId: MessageIds,
      data: Record<string, number | string>,
      suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [],
    ): void => {
      if (reported.has(node)) return;
      reported.add(node);
      context.report({ node, messageId, data, suggest });
    };

    /** A suggestion that replaces `node` with `replacement`. */
    const replaceWith = (
      messageId: MessageIds,
      node: TSESTree.Node,
      replacement: string,
    ): TSESLint.SuggestionReportDescriptor<MessageIds> => ({
      messageId,
      data: { replacement },
      fix: (fixer) => replaceTokenSafe(fixer, node, replacement, sourceCode),
    });

    /** The error object's text, ready for a member access: `err`, `(e as CosError)`. */
    const errorText = (read: ErrorReadMatch): string => {
      const text = sourceCode.getText(read.error);
      return PRIMARY.has(read.error.type) ? text : `(${text})`;
    };

    /** `err.<field>`, keeping the `?.` of the read on the error object. */
    const fieldRead = (read: ErrorReadMatch, field: string): string =>
      `${errorText(read)}${read.optional ? "?." : "."}${field}`;

    /** The HEAD call whose error the read takes its code from, if it is one. */
    const headOrigin = (read: ErrorReadMatch, file: FileAnalysis): ErrorOrigin | undefined => {
      const name = errorName(read);
      const origin = name && file.errorOrigin(name);
      return origin && HEAD_METHODS.has(origin.method) ? origin : undefined;
    };

    /**
     * 4. An XML code compared in the error handler of a HEAD request; or, with the browser or mini-program
     * SDK, a status string (`'404'`), which only the Node SDK puts in `code`.
     */
    const reportHead = (site: CodeSite, operand: CodeOperand, read: ErrorReadMatch, head: HeadContext): void => {
      const { catalog, method, sdk } = head;
      const spelledStatus = statusString(operand);
      // The status to compare instead: the one spelled, or the XML code's only status.
      const status = spelledStatus ?? onlyStatus(operand.value, catalog);
      const spelled = spelledStatus !== undefined && operand.literal;
      const messageId = spelled ? "headStatusOnlyOnNode" : "headHasNoBody";
      // A status string is shown as written (`"404"`), not as the number it stands for.
      const code = spelled ? sourceCode.getText(spelled.node) : operand.value;
      const data = { method, sdk: sdkLabel(sdk), read: sourceCode.getText(read.node), code };
      if (site.kind !== "comparison") {
        report(operand.node, messageId, data);
        return;
      }
      const statusRead = fieldRead(read, "statusCode");
      const replacement =
        site.node.left === operand.node
          ? `${status} ${site.operator} ${statusRead}`
          : `${statusRead} ${site.operator} ${status}`;
      const suggest = status === undefined ? [] : [replaceWith("compareHttpStatus", site.node, replacement)];
      report(site.node, messageId, data, suggest);
    };

    /** 3. A number that is an HTTP status compared with a code; replaced when every operand of the site is one. */
    const reportStatus = (site: CodeSite, statuses: CodeOperand[], read: ErrorReadMatch, sdk?: CosSdk): void => {
      const data = { sdk: sdkLabel(sdk), read: sourceCode.getText(read.node), status: statuses[0]!.value };
      const suggest =
        statuses.length === site.operands.length
          ? [replaceWith("readInstead", read.node, fieldRead(read, "statusCode"))]
          : [];
      report(read.node, "statusInCode", data, suggest);
    };

    /** 2. `err.error.Code` with the Node SDK, where nothing tested that `err.error` is there. */
    const mayLackBody = (site: CodeSite, read: ErrorReadMatch): boolean =>
      read.kind === "body-code" &&
      !read.node.optional &&
      // `site.code.objectKey` is the error (`err`: `err.error.Code` reads the same code as `err.code`).
      !isPresenceGuarded(read.node, `${site.code.objectKey!}.error`, sourceCode);

    /** 1 and 2: a read of the code where the file's SDK does not put it (outside a HEAD request's error handler). */
    const checkRead = (site: CodeSite, read: ErrorReadMatch, xml: readonly CodeOperand[], sdk?: CosSdk): void => {
      const text = sourceCode.getText(read.node);
      if (sdk?.id === "wx" && read.kind === "code" && xml.length > 0) {
        const suggest = [replaceWith("readInstead", read.node, fieldRead(read, "error?.Code"))];
        report(read.node, "wxHasNoCode", { read: text, code: xml[0]!.value }, suggest);
      } else if (sdk?.id === "node" && read.body && mayLackBody(site, read)) {
        const suggest = [replaceWith("readInstead", read.node, fieldRead(read, "code"))];
        report(read.node, "bodyMayBeMissing", { read: text, body: sourceCode.getText(read.body) }, suggest);
      }
    };

    return subscribe(context, {
      onSite(site, file) {
        const read = matchErrorRead(site.code.node);
        if (!read) return; // a name (`code`): where it was read from is not known
        const catalog = file.settings.catalog;
        const sdk = sdkOf(file);
        const xml = site.operands.filter((operand) => isXmlApiCode(operand, catalog));
        const onlyNodeSets = site.code.reads === "code" && (sdk?.id === "browser" || sdk?.id === "wx");
        const statusStrings = onlyNodeSets
          ? site.operands.filter((operand) => statusString(operand) !== undefined)
          : [];
        const head = xml.length + statusStrings.length > 0 ? headOrigin(read, file) : undefined;
        if (head) {
          for (const operand of [...xml, ...statusStrings]) {
            reportHead(site, operand, read, { catalog, method: head.method, sdk });
          }
        }
        const statuses = site.code.reads === "code" ? site.operands.filter(isStatusNumber) : [];
        if (statuses.length > 0) reportStatus(site, statuses, read, sdk);
        // In a HEAD request's error handler, comparing the HTTP status is the fix for the read as well.
        if (!head) checkRead(site, read, xml, sdk);
      },
    });
  },
});
