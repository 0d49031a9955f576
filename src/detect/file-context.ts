/**
 * What the engine knows about one file, computed once and shared by every rule: the shared settings,
 * whether the file can be COS code at all (one test of its text), and whether it shows a COS signal
 * (one pass over its tokens, made only when a rule meets a candidate site).
 */
import { AST_TOKEN_TYPES, type ParserServicesWithTypeInformation, type TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { getSharedSettings, type SharedSettings } from "./settings.js";

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface FileContext {
  readonly settings: SharedSettings;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** False when no COS signal can be in the file, so no site can be judged: rules register nothing. */
  readonly mayBeCos: boolean;
  /** Type information, present exactly when the `typeAware` setting is on. */
  readonly services: ParserServicesWithTypeInformation | undefined;
  /** Whether the file shows a COS signal (import, name, string) or `assumeCos` is set; computed once. */
  isCos(): boolean;
}

/** Strings that name a COS host or a JSON-API slice-upload operation. */
const COS_STRING = /myqcloud\.com|upload_slice_(?:init|data|finish|list)/u;
/** Every built-in signal contains one of these; a file without them cannot be COS code. */
const COS_TEXT = /cos|qcloud|upload_slice_/iu;

function textMayBeCos(text: string, settings: SharedSettings): boolean {
  if (!settings.textPrefilter) return true;
  if (COS_TEXT.test(text)) return true;
  for (const module of settings.sdkModules) if (text.includes(module)) return true;
  return false;
}

function isSdkModule(value: string, modules: ReadonlySet<string>): boolean {
  if (modules.has(value)) return true;
  const slash = value.startsWith("@") ? value.indexOf("/", value.indexOf("/") + 1) : value.indexOf("/");
  return slash > 0 && modules.has(value.slice(0, slash));
}

/** `Math.cos` and `Math?.cos` are trigonometry, not COS. */
function isMathCos(tokens: readonly TSESTree.Token[], index: number): boolean {
  const dot = tokens[index - 1];
  const object = tokens[index - 2];
  return (dot?.value === "." || dot?.value === "?.") && object?.value === "Math";
}

/** One pass over the tokens: identifiers and property names, string and template literals. */
function hasCosSignal(sourceCode: Readonly<TSESLint.SourceCode>, settings: SharedSettings): boolean {
  const tokens = sourceCode.ast.tokens;
  const pattern = settings.contextPattern;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case AST_TOKEN_TYPES.Identifier:
      case AST_TOKEN_TYPES.PrivateIdentifier:
      case AST_TOKEN_TYPES.JSXIdentifier: // <CosUploader />, cos={…}
        if (pattern.test(token.value) && !isMathCos(tokens, i)) return true;
        break;
      case AST_TOKEN_TYPES.String: {
        const value = token.value.slice(1, -1);
        if (COS_STRING.test(value) || isSdkModule(value, settings.sdkModules)) return true;
        break;
      }
      case AST_TOKEN_TYPES.Template:
      case AST_TOKEN_TYPES.JSXText: // also JSX attribute strings: <img src="https://….myqcloud.com/…" />
        if (COS_STRING.test(token.value)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

function typeServices(context: Context, settings: SharedSettings): ParserServicesWithTypeInformation | undefined {
  if (!settings.typeAware) return undefined;
  const services = context.sourceCode.parserServices;
  if (!services?.program || !services.esTreeNodeToTSNodeMap) {
    throw new Error(
      `eslint-plugin-cos-errors: settings['cos-errors'].typeAware is true, but ${context.filename} has no type information. ` +
        "Lint it with typescript-eslint's parser and parserOptions.projectService (or project), " +
        "or set typeAware only in a config block whose files have type information.",
    );
  }
  return services as ParserServicesWithTypeInformation;
}

const cache = new WeakMap<object, FileContext>();

export function getFileContext(context: Context): FileContext {
  const sourceCode = context.sourceCode;
  const cached = cache.get(sourceCode);
  if (cached) return cached;
  const settings = getSharedSettings(context.settings);
  let isCos: boolean | undefined = settings.assumeCos ? true : undefined;
  const file: FileContext = {
    settings,
    sourceCode,
    mayBeCos: textMayBeCos(sourceCode.text, settings),
    services: typeServices(context, settings),
    isCos: () => (isCos ??= hasCosSignal(sourceCode, settings)),
  };
  cache.set(sourceCode, file);
  return file;
}
