import { AST_NODE_TYPES, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import type { Catalog, Vocabulary } from "../catalog/index.js";
import { RUNTIME_MODULES, requiredModule, subscribe, type CodeOperand, type CodeSite } from "../detect/index.js";
import { constantsAccess, type ConstantsAccess } from "../fix/constants-import.js";
import { assertConstantsField } from "../fix/identifier.js";
import { replaceTokenSafe } from "../fix/token-safe.js";
import { createRule } from "../util/create-rule.js";

const RULE = "prefer-named-code";

type Options = [
  {
    constantsModule?: string;
    constantsName?: string;
    xmlConstantsName?: string;
    fix?: "autofix" | "suggestion";
    sdkCodes?: boolean;
  },
];
type MessageIds =
  "preferNamedCode" | "preferNamedXmlCode" | "replaceWithConstant" | "compareAsNumber" | "keepStringComparison";

/** How a spelled code is replaced, given where it stands. */
type Replacement =
  /**
   * `-96` → `C.X`: the same value, so the same result. `code == '-96'` → `code == C.X`, only suggested:
   * the result differs when the code is a string spelled otherwise (`'-96.0' == '-96'` is false,
   * `'-96.0' == -96` true), whatever the literal's spelling. Also `onlySuggest` when the result may not
   * type-check in TypeScript: array elements (`[C.A, C.B]` is typed `(-71 | -5963)[]`, so
   * `.includes(code: number)` fails).
   */
  | { kind: "constant"; onlySuggest: boolean }
  /** `code === '-96'` → `Number(code) === C.X`: changes what is compared, so a suggestion. */
  | { kind: "number-comparison"; codeSide: TSESTree.Node; operator: string }
  /** `case '-96':`, `['-96'].includes(code)`, `const E = '-96'` → `String(C.X)`: keeps a string. */
  | { kind: "string" };

function replacementFor(site: CodeSite, operand: CodeOperand, typeScript: boolean): Replacement {
  // A number, or an XML-API string: the constant has the same value.
  if (operand.literal?.kind !== "string" || operand.vocabulary === "xml")
    return { kind: "constant", onlySuggest: typeScript && site.kind === "collection" };
  if (site.kind === "comparison" && !operand.literal.declarator) {
    if (site.operator === "==" || site.operator === "!=") return { kind: "constant", onlySuggest: true };
    const codeSide = site.node.left === operand.node ? site.node.right : site.node.left;
    return { kind: "number-comparison", codeSide, operator: site.operator };
  }
  return { kind: "string" };
}

/** The node to replace: the literal, or `-96 as const` / `<const>-96` whole (a constant cannot take `const`). */
function replacedNode(literal: TSESTree.Node): TSESTree.Node {
  const parent = literal.parent;
  if (
    (parent?.type === AST_NODE_TYPES.TSAsExpression || parent?.type === AST_NODE_TYPES.TSTypeAssertion) &&
    parent.expression === literal &&
    parent.typeAnnotation.type === AST_NODE_TYPES.TSTypeReference &&
    parent.typeAnnotation.typeName.type === AST_NODE_TYPES.Identifier &&
    parent.typeAnnotation.typeName.name === "const"
  ) {
    return parent;
  }
  return literal;
}

/** A code that has a constant: the constant's name, and what it means (for the message). */
interface Named {
  readonly constantName: string;
  readonly meaning: string;
  readonly vocabulary: Vocabulary;
}

/**
 * The constant that names `operand`, if it has one: a built-in JSON-API code (the legacy SDKs' client
 * codes only with `sdkCodes`), or a correctly spelled XML-API code. A known misspelling (`BadRquest`) is
 * not named: the constant holds the correct spelling, so the comparison would change.
 */
function named(operand: CodeOperand, catalog: Catalog, sdkCodes: boolean): Named | undefined {
  const info = catalog.classify(operand.value, operand.vocabulary);
  if (!info?.constantName) return undefined;
  if (info.origin === "json") {
    const source = info.entry!.source;
    if (source === "user" || (source === "sdk" && !sdkCodes)) return undefined;
    return { constantName: info.constantName, meaning: info.en, vocabulary: "json" };
  }
  if (info.origin !== "xml") return undefined;
  const statuses = catalog.byXmlCode(info.constantName)!.entry.statuses;
  // The first sentence only: a message stays short (the whole description is in the constant's hover text).
  const sentence = /^.*?(?=\.\s|\.?$)/su.exec(info.en)![0];
  const meaning = statuses.length > 0 ? `HTTP ${statuses.join("/")}: ${sentence}` : sentence;
  return { constantName: info.constantName, meaning, vocabulary: "xml" };
}

/** The modules the file imports or requires (a top-level `const`) for values. */
function importedModules(program: TSESTree.Program): Set<string> {
  const modules = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration && statement.importKind !== "type") {
      modules.add(statement.source.value);
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        const module = requiredModule(declarator.init);
        if (module !== undefined) modules.add(module);
      }
    }
  }
  return modules;
}

/**
 * The module a missing constants object is imported from: `module`, unless it is a built-in runtime
 * module that the file does not import while it imports the other one. Both export the same constants, so
 * the import of the other one is extended: a file that uses `eslint-plugin-cos-errors/codes` gets no
 * import of `cos-error-codes`, a package it may not have (as when it needs `CosXmlErrorCode` next to the
 * `CosErrorCode` it imports).
 */
function importTarget(module: string, imported: () => ReadonlySet<string>): string {
  if (!RUNTIME_MODULES.includes(module) || imported().has(module)) return module;
  return RUNTIME_MODULES.find((other) => imported().has(other)) ?? module;
}

export default createRule<Options, MessageIds>({
  name: RULE,
  meta: {
    type: "suggestion",
    docs: {
      description:
        "Enforce named constants (`CosErrorCode.SIGNATURE_EXPIRED`, `CosXmlErrorCode.NoSuchKey`) over " +
        "magic COS error codes",
      recommended: "warn",
    },
    fixable: "code",
    hasSuggestions: true,
    messages: {
      preferNamedCode: "Use `{{constant}}` ({{meaning}}) instead of the magic number `{{code}}`.",
      preferNamedXmlCode: "Use `{{constant}}` ({{meaning}}) instead of the string `{{code}}`.",
      replaceWithConstant: "Replace `{{code}}` with `{{constant}}`.",
      compareAsNumber: "Compare as numbers: `Number({{expression}}) {{operator}} {{constant}}`.",
      keepStringComparison: "Replace `{{code}}` with `String({{constant}})`, keeping the comparison of strings.",
    },
    schema: [
      {
        type: "object",
        properties: {
          constantsModule: {
            type: "string",
            description:
              "Module to import the constants from. Defaults to `settings['cos-errors'].constantsModule`, " +
              'itself `"cos-error-codes"` by default.',
          },
          constantsName: {
            type: "string",
            description:
              "Name of the constants object exported by that module. " +
              "Defaults to `settings['cos-errors'].constantsName`, itself `\"CosErrorCode\"` by default.",
          },
          xmlConstantsName: {
            type: "string",
            description:
              "Name of the XML-API constants object exported by that module. " +
              "Defaults to `settings['cos-errors'].xmlConstantsName`, itself `\"CosXmlErrorCode\"` by default.",
          },
          fix: {
            type: "string",
            enum: ["autofix", "suggestion"],
            description:
              '`"autofix"` replaces numbers on `--fix`; `"suggestion"` only offers the replacement in the editor.',
          },
          sdkCodes: {
            type: "boolean",
            description:
              "Also name the legacy SDKs' client-side codes (-1 to -4), which other libraries use for other things.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ fix: "autofix", sdkCodes: false }],
  },
  checkOptions(options) {
    const fail = (key: string, problem: string): Error =>
      new Error(`eslint-plugin-cos-errors: rule "cos-errors/${RULE}" option ${key}: ${problem}`);
    if (options.constantsName !== undefined) assertConstantsField("constantsName", options.constantsName, fail);
    if (options.xmlConstantsName !== undefined)
      assertConstantsField("xmlConstantsName", options.xmlConstantsName, fail);
    if (options.constantsModule !== undefined) assertConstantsField("constantsModule", options.constantsModule, fail);
  },
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const reported = new Set<TSESTree.Node>();
    let imported: ReadonlySet<string> | undefined;
    const importedOnce = (): ReadonlySet<string> => (imported ??= importedModules(sourceCode.ast));

    // Import edits already carried by a report of this pass (see below).
    const carried = new Set<(fixer: TSESLint.RuleFixer) => TSESLint.RuleFix>();

    const report = (site: CodeSite, operand: CodeOperand, entry: Named, module: string, name: string): void => {
      // Worked out per report, not per file: with `assumeCos` every file runs `create`, and few report.
      const filename = context.filename;
      const typeScript = /\.[cm]?tsx?$/u.test(filename);
      const declaredSourceType = (context as { languageOptions?: { sourceType?: string } }).languageOptions?.sourceType;
      const literal = operand.literal!;
      const access: ConstantsAccess | undefined = constantsAccess(sourceCode, literal.node, {
        module: importTarget(module, importedOnce),
        name,
        filename,
        declaredSourceType,
        sources: RUNTIME_MODULES,
      });
      const constantText = (object: string): string => `${object}.${entry.constantName}`;
      const data = {
        code: operand.value,
        constant: constantText(access?.object ?? name),
        meaning: entry.meaning,
      };
      if (!access) {
        const messageId = entry.vocabulary === "xml" ? "preferNamedXmlCode" : "preferNamedCode";
        context.report({ node: literal.node, messageId, data });
        return;
      }
      const constant = constantText(access.object);
      const replacement = replacementFor(site, operand, typeScript);
      const withImport = (edits: TSESLint.RuleFix[], fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] =>
        access.addImport ? [access.addImport(fixer), ...edits] : edits;
      const replace = (fixer: TSESLint.RuleFixer, node: TSESTree.Node, text: string): TSESLint.RuleFix =>
        replaceTokenSafe(fixer, node, text, sourceCode);

      let fix: TSESLint.ReportFixFunction | undefined;
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      if (replacement.kind === "constant") {
        const edit: TSESLint.ReportFixFunction = (fixer) =>
          withImport([replace(fixer, replacedNode(literal.node), constant)], fixer);
        if (access.safe && options.fix !== "suggestion" && !replacement.onlySuggest) {
          // ESLint merges a fix's edits into one text from the first to the last: a fix that adds the import
          // carries the whole text up to its literal. So only the first report of the file carries the
          // import; the others get no fix in this pass and are fixed in the next one, once the import is
          // there (ESLint runs up to 10 passes). A literal replaced without its import would not run.
          if (!access.addImport) fix = edit;
          else if (!carried.has(access.addImport)) {
            carried.add(access.addImport);
            fix = edit;
          }
        } else suggest.push({ messageId: "replaceWithConstant", data: { code: operand.value, constant }, fix: edit });
      } else if (replacement.kind === "number-comparison") {
        const expression = sourceCode.getText(replacement.codeSide);
        suggest.push({
          messageId: "compareAsNumber",
          data: { expression, operator: replacement.operator, constant },
          fix: (fixer) =>
            withImport(
              [
                replace(fixer, replacement.codeSide, `Number(${expression})`),
                replace(fixer, replacedNode(literal.node), constant),
              ],
              fixer,
            ),
        });
      } else {
        suggest.push({
          messageId: "keepStringComparison",
          data: { code: operand.value, constant },
          fix: (fixer) => withImport([replace(fixer, replacedNode(literal.node), `String(${constant})`)], fixer),
        });
      }
      context.report({
        node: literal.node,
        messageId: entry.vocabulary === "xml" ? "preferNamedXmlCode" : "preferNamedCode",
        data: { code: operand.value, constant, meaning: data.meaning },
        fix,
        suggest,
      });
    };

    // Reports wait for the end of the file, so that they are made in the order of their literals: the
    // first one carries the import edit.
    const pending: { site: CodeSite; operand: CodeOperand; entry: Named; module: string; name: string }[] = [];
    return subscribe(context, {
      onSite(site, file) {
        const { catalog, constantsModule, constantsName, xmlConstantsName } = file.settings;
        const module = options.constantsModule ?? constantsModule;
        for (const operand of site.operands) {
          // An enum member already names its code (and a constant cannot initialise a `const enum` member).
          if (!operand.literal || operand.literal.enumMember || reported.has(operand.literal.node)) continue;
          const entry = named(operand, catalog, options.sdkCodes === true);
          if (!entry) continue;
          reported.add(operand.literal.node);
          const name =
            operand.vocabulary === "xml"
              ? (options.xmlConstantsName ?? xmlConstantsName)
              : (options.constantsName ?? constantsName);
          pending.push({ site, operand, entry, module, name });
        }
      },
      onExit() {
        pending.sort((a, b) => a.operand.literal!.node.range[0] - b.operand.literal!.node.range[0]);
        for (const { site, operand, entry, module, name } of pending) report(site, operand, entry, module, name);
      },
    });
  },
});
