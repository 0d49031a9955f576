/**
 * The settings shared by every rule, `settings['cos-errors']`: what puts a file in COS context, which
 * expressions hold a code, and the catalogue itself. Read and validated once per settings object; a bad
 * value throws an error that names the setting.
 */
import { getOrCreate } from "../util/get-or-create.js";
import { assertConstantsField } from "../fix/identifier.js";
import { builtinCatalog, type Catalog } from "../catalog/index.js";

export const RUNTIME_MODULE = "eslint-plugin-cos-errors/codes";
export const RUNTIME_CONSTANTS = "CosErrorCode";

export const DEFAULT_SDK_MODULES: readonly string[] = [
  "cos-nodejs-sdk-v5",
  "cos-js-sdk-v5",
  "cos-wx-sdk-v5",
  "cos-nodejs-sdk-v4",
  "cos-js-sdk-v4",
  "qcloud_cos",
  "qcloud-cos-sdk",
  RUNTIME_MODULE,
];

export const DEFAULT_CODE_NAMES: readonly string[] = [
  "code",
  "errorCode",
  "error_code",
  "errorcode",
  "errCode",
  "errcode",
  "ErrorCode",
  "retCode",
  "retcode",
];

/**
 * `cos` or `qcloud` as a whole camelCase / snake_case word of a name: `cos`, `COS`, `cosClient`,
 * `cos_err`, `qcloudCos`, `CosCloud`, `COSClient`; not `cost`, `cosine`, `acos`, `COST`.
 */
export const DEFAULT_CONTEXT_PATTERN =
  "(?<![A-Za-z])(?:cos|qcloud)(?![a-z])|(?<![A-Z])(?:Cos|Q[Cc]loud)(?![a-z])|(?<![A-Z])(?:COS|QCLOUD)(?=$|[^A-Za-z]|[A-Z][a-z])";

export interface SharedSettings {
  /** Judge every file as COS code, without looking for context. */
  readonly assumeCos: boolean;
  /** Module names whose import or require puts a file in COS context (the defaults plus the user's). */
  readonly sdkModules: ReadonlySet<string>;
  /** Tested against identifiers and property names; a match puts a file in COS context. */
  readonly contextPattern: RegExp;
  /** Property and variable names that hold a COS error code. */
  readonly codeNames: ReadonlySet<string>;
  /** Use type information (needs typescript-eslint's `projectService`). */
  readonly typeAware: boolean;
  /** The module the named constants are imported from. */
  readonly constantsModule: string;
  /** The name of the constants object exported by `constantsModule`. */
  readonly constantsName: string;
  /** The catalogue: built in, plus `extraCodes`. */
  readonly catalog: Catalog;
  /**
   * Whether COS signals can be found by searching the text for `cos`, `qcloud`, `upload_slice_` and the
   * SDK module names: true unless a custom `contextPattern` can match other names.
   */
  readonly textPrefilter: boolean;
}

const KNOWN_KEYS = [
  "assumeCos",
  "sdkModules",
  "contextPattern",
  "codeNames",
  "extraCodes",
  "typeAware",
  "constantsModule",
  "constantsName",
];

export class SettingsError extends Error {
  override name = "SettingsError";
  constructor(key: string, problem: string) {
    super(`eslint-plugin-cos-errors: settings['cos-errors']${key ? `.${key}` : ""}: ${problem}`);
  }
}

function booleanSetting(raw: Record<string, unknown>, key: string): boolean {
  const value = raw[key];
  if (value === undefined) return false;
  if (typeof value !== "boolean") throw new SettingsError(key, `expected true or false, got ${JSON.stringify(value)}`);
  return value;
}

function stringSetting(raw: Record<string, unknown>, key: string, fallback: string): string {
  const value = raw[key];
  if (value === undefined) return fallback;
  if (typeof value !== "string" || value === "") {
    throw new SettingsError(key, `expected a non-empty string, got ${JSON.stringify(value)}`);
  }
  return value;
}

function stringListSetting(raw: Record<string, unknown>, key: string): readonly string[] | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v === "")) {
    throw new SettingsError(key, `expected an array of non-empty strings, got ${JSON.stringify(value)}`);
  }
  return value as string[];
}

export function parseSettings(all: Readonly<Record<string, unknown>> | undefined): SharedSettings {
  const raw: unknown = all?.["cos-errors"] ?? {};
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new SettingsError("", `expected an object, got ${JSON.stringify(raw)}`);
  }
  const settings = raw as Record<string, unknown>;
  for (const key of Object.keys(settings)) {
    if (!KNOWN_KEYS.includes(key)) throw new SettingsError(key, `unknown setting (known: ${KNOWN_KEYS.join(", ")})`);
  }

  const patternSource = stringSetting(settings, "contextPattern", DEFAULT_CONTEXT_PATTERN);
  let contextPattern: RegExp;
  try {
    contextPattern = new RegExp(patternSource, "u");
  } catch (error) {
    throw new SettingsError("contextPattern", `not a valid regular expression: ${(error as Error).message}`);
  }
  const codeNames = stringListSetting(settings, "codeNames") ?? DEFAULT_CODE_NAMES;
  if (codeNames.length === 0) throw new SettingsError("codeNames", "expected at least one name");
  const assumeCos = booleanSetting(settings, "assumeCos");
  const typeAware = booleanSetting(settings, "typeAware");
  const extraCodes = settings.extraCodes;
  const catalog =
    extraCodes === undefined
      ? builtinCatalog
      : builtinCatalog.extend(extraCodes, "eslint-plugin-cos-errors: settings['cos-errors'].extraCodes");
  const constantsModule = assertConstantsField(
    "constantsModule",
    stringSetting(settings, "constantsModule", RUNTIME_MODULE),
    (key, problem) => new SettingsError(key, problem),
  );
  return {
    assumeCos,
    sdkModules: new Set([
      ...DEFAULT_SDK_MODULES,
      ...(stringListSetting(settings, "sdkModules") ?? []),
      constantsModule,
    ]),
    contextPattern,
    codeNames: new Set(codeNames),
    typeAware,
    constantsModule,
    constantsName: assertConstantsField(
      "constantsName",
      stringSetting(settings, "constantsName", RUNTIME_CONSTANTS),
      (key, problem) => new SettingsError(key, problem),
    ),
    catalog,
    textPrefilter: patternSource === DEFAULT_CONTEXT_PATTERN,
  };
}

const byObject = new WeakMap<object, SharedSettings>();
const byText = new Map<string, SharedSettings>();
let defaults: SharedSettings | undefined;

/**
 * The shared settings of a lint run, parsed once: ESLint hands every file a fresh settings object, so
 * they are cached by the `cos-errors` object and, failing that, by its JSON text.
 */
export function getSharedSettings(all: Readonly<Record<string, unknown>> | undefined): SharedSettings {
  const raw: unknown = all?.["cos-errors"];
  if (raw === undefined) return (defaults ??= parseSettings(undefined));
  if (typeof raw !== "object" || raw === null) return parseSettings(all);
  return getOrCreate(byObject, raw, () => getOrCreate(byText, JSON.stringify(raw), () => parseSettings(all)));
}
