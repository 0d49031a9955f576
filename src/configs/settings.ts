/**
 * The type of `settings['cos-errors']` as a config writes it (every key optional), declared in ESLint's
 * `SettingsConfig` by the generated `rule-options.ts`. The settings have no JSON schema: `parseSettings`
 * (src/detect/settings.ts) checks them, and tests/configs/settings-type.test.ts keeps this list of keys equal
 * to the keys it knows.
 */
import type { CosErrorCategory, CosRetryClass } from "../codes.js";

/** A code added to the catalogue by `extraCodes`, under its number written as a string (`"-99999"`). */
export interface CosErrorsExtraCode {
  /** An UPPER_SNAKE_CASE identifier, not used by any other code. */
  readonly name: string;
  /** A category id from docs/codes.md. */
  readonly category: CosErrorCategory;
  /** A non-empty string. */
  readonly description: string;
  /** Must equal the category's retry class; the default. */
  readonly retry?: CosRetryClass;
}

/** `settings['cos-errors']`, shared by every rule. See docs/settings.md. */
export interface CosErrorsSettings {
  /** Judge every file as COS code, without looking for context. Default `false`. */
  readonly assumeCos?: boolean;
  /** More module names whose import or require puts a file in COS context. */
  readonly sdkModules?: readonly string[];
  /** Regular expression (`u` flag) for identifiers and property names that put a file in COS context. */
  readonly contextPattern?: string;
  /** Property and variable names that hold a COS error code (replaces the default list). */
  readonly codeNames?: readonly string[];
  /** Property and variable names that hold the HTTP status of a COS error (replaces `["statusCode"]`). */
  readonly statusNames?: readonly string[];
  /** Codes the built-in catalogue does not have, by their number written as a string. */
  readonly extraCodes?: Readonly<Record<`${number}`, CosErrorsExtraCode>>;
  /** Use type information (needs typescript-eslint's `projectService`). Default `false`. */
  readonly typeAware?: boolean;
  /** The module the named constants are imported from. Default `"cos-error-codes"`. */
  readonly constantsModule?: string;
  /** The name of the constants object exported by `constantsModule`. Default `"CosErrorCode"`. */
  readonly constantsName?: string;
  /** The name of the XML-API constants object exported by `constantsModule`. Default `"CosXmlErrorCode"`. */
  readonly xmlConstantsName?: string;
}
