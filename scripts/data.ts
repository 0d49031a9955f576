/** Reads and validates the catalogue files in `data/`; every error names the file. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  CatalogError,
  validateCatalogFile,
  validateCategoryFile,
  type CatalogEntry,
  type CategoryFile,
} from "../src/catalog/validate.js";
import {
  validateHttpStatusFile,
  validateNodeCodesFile,
  validateSdkCodesFile,
  validateXmlCatalogFile,
  type ClientCodeEntry,
  type ClientCodePrefix,
  type HttpStatusRule,
  type XmlCatalogEntry,
} from "../src/catalog/validate-xml.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DATA_DIR = path.join(ROOT, "data");

export interface DataFiles {
  readonly categoryFile: CategoryFile;
  /** The JSON-API codes (`data/cos-error-codes.json`). */
  readonly entries: readonly CatalogEntry[];
  /** The XML-API codes (`data/cos-xml-error-codes.json`). */
  readonly xml: readonly XmlCatalogEntry[];
  /** The codes the SDKs make up (`data/cos-sdk-client-codes.json`). */
  readonly sdkCodes: readonly ClientCodeEntry[];
  /** Node's own error codes and prefix rules (`data/node-system-codes.json`). */
  readonly nodeCodes: readonly ClientCodeEntry[];
  readonly nodePrefixes: readonly ClientCodePrefix[];
  /** How retry logic treats an HTTP status (`data/http-statuses.json`). */
  readonly httpStatuses: readonly HttpStatusRule[];
}

/** A file's name for messages: relative to the project when inside it. */
function displayName(file: string): string {
  const relative = path.relative(ROOT, file);
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}

function readJson(file: string): unknown {
  const where = displayName(file);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CatalogError(`${where}: cannot be read: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CatalogError(`${where}: is not valid JSON: ${(error as Error).message}`);
  }
}

export function loadDataFiles(dir: string = DATA_DIR): DataFiles {
  const categoriesFile = path.join(dir, "categories.json");
  const codesFile = path.join(dir, "cos-error-codes.json");
  const categoryFile = validateCategoryFile(readJson(categoriesFile), displayName(categoriesFile));
  const entries = validateCatalogFile(readJson(codesFile), displayName(codesFile), categoryFile);
  const file = (name: string): [unknown, string] => {
    const full = path.join(dir, name);
    return [readJson(full), displayName(full)];
  };
  const xml = validateXmlCatalogFile(...file("cos-xml-error-codes.json"), categoryFile);
  const sdkCodes = validateSdkCodesFile(...file("cos-sdk-client-codes.json"), categoryFile, xml);
  const node = validateNodeCodesFile(...file("node-system-codes.json"), categoryFile);
  const httpStatuses = validateHttpStatusFile(...file("http-statuses.json"), categoryFile);
  return { categoryFile, entries, xml, sdkCodes, nodeCodes: node.codes, nodePrefixes: node.prefixes, httpStatuses };
}

export function readPackageJson(): { name: string; version: string } {
  return JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
}
