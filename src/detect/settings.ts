/**
 * The settings shared by every rule, `settings['cos-errors']`: what puts a file in COS context, which
 * expressions hold a code, and the catalogue itself. Parsed once per distinct settings value: ESLint
 * hands each file a settings object that may be fresh or reused (and a user may mutate one between runs),
 * so the cache key is the value's content, not its identity. A bad value throws an error naming the setting.
 */
import { assertConstantsField } from "../fix/identifier.js";
import { builtinCatalog, type Catalog } from "../catalog/index.js";
import { Cache } from "./cache.js";
import { builtInPattern, compilePattern, PatternError } from "./patterns.js";

/** The runtime package the fixes import the constants from by default. */
export const RUNTIME_MODULE = "cos-error-codes";
/** The plugin's own copy of the runtime module: still a source of the constants and the helpers. */
export const PLUGIN_RUNTIME_MODULE = "eslint-plugin-cos-errors/codes";
/** Both built-in runtime modules: an import of the constants from either is reused by the fixes. */
export const RUNTIME_MODULES: readonly string[] = [RUNTIME_MODULE, PLUGIN_RUNTIME_MODULE];
export const RUNTIME_CONSTANTS = "CosErrorCode";
/** The runtime module's object of XML-API code constants (`CosXmlErrorCode.NoSuchKey`). */
export const RUNTIME_XML_CONSTANTS = "CosXmlErrorCode";

export const DEFAULT_SDK_MODULES: readonly string[] = [
  "cos-nodejs-sdk-v5",
  "cos-js-sdk-v5",
  "cos-wx-sdk-v5",
  "cos-nodejs-sdk-v4",
  "cos-js-sdk-v4",
  "qcloud_cos",
  "qcloud-cos-sdk",
  RUNTIME_MODULE,
  PLUGIN_RUNTIME_MODULE,
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
  "Code", // the XML error body's field: `err.error.Code`
];

/** Property and variable names that hold an HTTP status: `err.statusCode`. */
export const DEFAULT_STATUS_NAMES: readonly string[] = ["statusCode"];

/**
 * `cos` or `qcloud` as a whole camelCase / snake_case word of a name: `cos`, `COS`, `cosClient`,
 * `cos_err`, `qcloudCos`, `CosCloud`, `COSClient`; not `cost`, `cosine`, `acos`, `COST`.
 */
export const DEFAULT_CONTEXT_PATTERN = builtInPattern(
  "(?<![A-Za-z])(?:cos|qcloud)(?![a-z])|(?<![A-Z])(?:Cos|Q[Cc]loud)(?![a-z])|" +
    "(?<![A-Z])(?:COS|QCLOUD)(?=$|[^A-Za-z]|[A-Z][a-z])",
);

export interface SharedSettings {
  /** Judge every file as COS code, without looking for context. */
  readonly assumeCos: boolean;
  /** Module names whose import or require puts a file in COS context (the defaults plus the user's). */
  readonly sdkModules: ReadonlySet<string>;
  /** Tested against identifiers and property names; a match puts a file in COS context. */
  readonly contextPattern: RegExp;
  /** Property and variable names that hold a COS error code. */
  readonly codeNames: ReadonlySet<string>;
  /** Property and variable names that hold the HTTP status of a COS error. */
  readonly statusNames: ReadonlySet<string>;
  /** Use type information (needs typescript-eslint's `projectService`). */
  readonly typeAware: boolean;
  /** The module the named constants are imported from. */
  readonly constantsModule: string;
  /**
   * The modules whose constants and helpers are recognised: `constantsModule` and the two built-in runtime
   * modules (`cos-error-codes`, `eslint-plugin-cos-errors/codes`), which export the same names.
   */
  readonly constantsSources: ReadonlySet<string>;
  /** The name of the constants object exported by `constantsModule`. */
  readonly constantsName: string;
  /** The name of the XML-API constants object exported by `constantsModule`. */
  readonly xmlConstantsName: string;
  /** The catalogue: built in, plus `extraCodes`. */
  readonly catalog: Catalog;
  /**
   * Whether COS signals can be found by searching the text for `cos`, `qcloud`, `upload_slice_`,
   * `tencentcos` and the SDK module names: true unless a custom `contextPattern` can match other names.
   */
  readonly textPrefilter: boolean;
}

const KNOWN_KEYS = [
  "assumeCos",
  "sdkModules",
  "contextPattern",
  "codeNames",
  "statusNames",
  "extraCodes",
  "typeAware",
  "constantsModule",
  "constantsName",
  "xmlConstantsName",
];
const WHERE = "eslint-plugin-cos-errors: settings['cos-errors']";

export class SettingsError extends Error {
  override name = "SettingsError";
  constructor(key: string, problem: string) {
    super(`${WHERE}${key ? `.${key}` : ""}: ${problem}`);
  }
}

/** A value as a person would write it, for messages (functions and regular expressions included). */
function show(value: unknown): string {
  if (typeof value === "function") return "a function";
  if (value instanceof RegExp) return `the regular expression ${String(value)}`;
  if (typeof value === "bigint") return `${value}n`;
  return JSON.stringify(value) ?? String(value);
}

function booleanSetting(raw: Readonly<Record<string, unknown>>, key: string): boolean {
  const value = raw[key];
  if (value === undefined) return false;
  if (typeof value !== "boolean") throw new SettingsError(key, `expected true or false, got ${show(value)}`);
  return value;
}

function stringSetting(raw: Readonly<Record<string, unknown>>, key: string, fallback: string): string {
  const value = raw[key];
  if (value === undefined) return fallback;
  if (typeof value !== "string" || value === "") {
    throw new SettingsError(key, `expected a non-empty string, got ${show(value)}`);
  }
  return value;
}

function stringListSetting(raw: Readonly<Record<string, unknown>>, key: string): readonly string[] | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v === "")) {
    throw new SettingsError(key, `expected an array of non-empty strings, got ${show(value)}`);
  }
  return value as string[];
}

/** A plain object: `{ … }` or `Object.create(null)`; not an array, a `null`, a class instance or a primitive. */
function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The `settings['cos-errors']` value of ESLint's settings object, checked to be a plain object (or absent). */
function rawSettings(all: unknown): Readonly<Record<string, unknown>> | undefined {
  if (all === undefined || all === null) return undefined;
  if (!Object.prototype.hasOwnProperty.call(all, "cos-errors")) return undefined;
  const raw: unknown = (all as Record<string, unknown>)["cos-errors"];
  if (raw === undefined) return undefined;
  if (!isPlainObject(raw)) throw new SettingsError("", `expected an object, got ${show(raw)}`);
  return raw;
}

/** Parses and validates `settings['cos-errors']`; `all` is ESLint's whole settings object. */
export function parseSettings(all: unknown): SharedSettings {
  const settings = rawSettings(all) ?? {};
  for (const key of Object.keys(settings)) {
    if (!KNOWN_KEYS.includes(key)) throw new SettingsError(key, `unknown setting (known: ${KNOWN_KEYS.join(", ")})`);
  }

  const patternSource = stringSetting(settings, "contextPattern", DEFAULT_CONTEXT_PATTERN);
  const contextPattern = compilePattern(patternSource, "u");
  if (contextPattern instanceof PatternError) throw new SettingsError("contextPattern", contextPattern.message);
  const codeNames = stringListSetting(settings, "codeNames") ?? DEFAULT_CODE_NAMES;
  if (codeNames.length === 0) throw new SettingsError("codeNames", "expected at least one name");
  const statusNames = stringListSetting(settings, "statusNames") ?? DEFAULT_STATUS_NAMES;
  const clash = statusNames.find((name) => codeNames.includes(name));
  if (clash !== undefined) throw new SettingsError("statusNames", `"${clash}" is also one of codeNames`);
  const extraCodes = settings.extraCodes;
  const catalog = extraCodes === undefined ? builtinCatalog : builtinCatalog.extend(extraCodes, `${WHERE}.extraCodes`);
  const constantsModule = assertConstantsField(
    "constantsModule",
    stringSetting(settings, "constantsModule", RUNTIME_MODULE),
    (key, problem) => new SettingsError(key, problem),
  );
  return {
    assumeCos: booleanSetting(settings, "assumeCos"),
    sdkModules: new Set([
      ...DEFAULT_SDK_MODULES,
      ...(stringListSetting(settings, "sdkModules") ?? []),
      constantsModule,
    ]),
    contextPattern,
    codeNames: new Set(codeNames),
    statusNames: new Set(statusNames),
    typeAware: booleanSetting(settings, "typeAware"),
    constantsModule,
    constantsSources: new Set([constantsModule, RUNTIME_MODULE, PLUGIN_RUNTIME_MODULE]),
    constantsName: assertConstantsField(
      "constantsName",
      stringSetting(settings, "constantsName", RUNTIME_CONSTANTS),
      (key, problem) => new SettingsError(key, problem),
    ),
    xmlConstantsName: assertConstantsField(
      "xmlConstantsName",
      stringSetting(settings, "xmlConstantsName", RUNTIME_XML_CONSTANTS),
      (key, problem) => new SettingsError(key, problem),
    ),
    catalog,
    textPrefilter: patternSource === DEFAULT_CONTEXT_PATTERN,
  };
}

/**
 * The content of a settings value as text: JSON, with the values JSON would drop or change (functions,
 * regular expressions, `undefined`, big integers, symbols) spelled out, so that two values with the same
 * key are the same settings, and a bad value is never mistaken for a good one.
 */
function contentKey(raw: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(raw, (_key, value: unknown) => {
    if (
      typeof value === "function" ||
      typeof value === "symbol" ||
      typeof value === "bigint" ||
      value === undefined ||
      value instanceof RegExp
    ) {
      return `\u0000${typeof value}:${String(value)}`;
    }
    return value;
  });
}

/** A copy of a settings value's plain objects and arrays (other values as they are), to compare it with later. */
function snapshot(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snapshot);
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = snapshot(value[key]);
  return copy;
}

/** Whether `value` still has the content of `copy` (a `snapshot`): the same keys and values, all the way down. */
function sameContent(value: unknown, copy: unknown): boolean {
  if (Array.isArray(value)) {
    return Array.isArray(copy) && value.length === copy.length && value.every((item, i) => sameContent(item, copy[i]));
  }
  if (!isPlainObject(value) || !isPlainObject(copy)) return Object.is(value, copy);
  const keys = Object.keys(value);
  if (keys.length !== Object.keys(copy).length) return false;
  return keys.every((key) => Object.hasOwn(copy, key) && sameContent(value[key], copy[key]));
}

const parsed = Cache.bounded<string, SharedSettings>(32);
let defaults: SharedSettings | undefined;
/**
 * The last settings value met, with a copy of its content and what it parsed to. ESLint hands every file
 * of one config the same object: it is compared with the copy (a mutated object is read again), which
 * costs far less than the content key.
 */
const lastSeen = Cache.last<object, { copy: unknown; settings: SharedSettings }>();

/** The shared settings for ESLint's settings object `all`, parsed once per distinct content. */
export function getSharedSettings(all: unknown): SharedSettings {
  const raw = rawSettings(all);
  if (raw === undefined) return (defaults ??= parseSettings(undefined));
  const seen = lastSeen.peek(raw);
  if (seen && sameContent(raw, seen.copy)) return seen.settings;
  lastSeen.delete(raw);
  const settings = parsed.get(contentKey(raw), () => parseSettings(all));
  return lastSeen.get(raw, () => ({ copy: snapshot(raw), settings })).settings;
}
