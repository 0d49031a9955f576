/**
 * The configs, derived from each rule's `meta.docs.recommended` so that a new rule cannot be forgotten:
 * flat `recommended` (each rule at its recommended severity), `strict` (those rules as errors), `all`
 * (every rule as an error), and the same three for ESLint 8 `.eslintrc` files under ESLint's naming
 * convention, `recommended-legacy`, `strict-legacy` and `all-legacy` (`legacy-recommended` is an alias of
 * `recommended-legacy`, its name before 0.1).
 */
import type { ESLint, Linter } from "eslint";
import type { CosRuleDocs } from "../util/create-rule.js";

export const NAMESPACE = "cos-errors";

interface RuleWithDocs {
  readonly meta: { readonly docs?: CosRuleDocs };
}
type Severity = "error" | "warn";

export interface FlatConfig extends Linter.Config {
  readonly name: string;
  readonly files: string[];
  readonly plugins: Record<string, ESLint.Plugin>;
  readonly rules: Record<string, Severity>;
}

export interface LegacyConfig extends Linter.LegacyConfig {
  readonly plugins: string[];
  readonly parserOptions: { readonly ecmaVersion: "latest"; readonly sourceType: "module" };
  readonly rules: Record<string, Severity>;
}

export type Configs = {
  readonly recommended: FlatConfig;
  readonly strict: FlatConfig;
  readonly all: FlatConfig;
  readonly "recommended-legacy": LegacyConfig;
  readonly "strict-legacy": LegacyConfig;
  readonly "all-legacy": LegacyConfig;
  /** Alias of `recommended-legacy`. */
  readonly "legacy-recommended": LegacyConfig;
};

function ruleEntries(
  rules: Readonly<Record<string, RuleWithDocs>>,
  severity: (rule: RuleWithDocs) => Severity | undefined,
): Record<string, Severity> {
  const entries: Record<string, Severity> = {};
  for (const [name, rule] of Object.entries(rules)) {
    const level = severity(rule);
    if (level) entries[`${NAMESPACE}/${name}`] = level;
  }
  return entries;
}

/**
 * The files the flat configs apply to: JavaScript and TypeScript (and `.vue`, for vue-eslint-parser). A JSON,
 * Markdown or CSS file linted through its own ESLint language is not one of them; a hand-written config
 * that enables the rules there is safe too, as the rules return no listeners for a non-ESTree source.
 */
export const SOURCE_FILES = ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}", "**/*.vue"];

export function createConfigs(plugin: ESLint.Plugin, rules: Readonly<Record<string, RuleWithDocs>>): Configs {
  const flat = (name: string, severity: (rule: RuleWithDocs) => Severity | undefined): FlatConfig => ({
    name: `${NAMESPACE}/${name}`,
    files: [...SOURCE_FILES],
    plugins: { [NAMESPACE]: plugin },
    rules: ruleEntries(rules, severity),
  });
  // ESLint 8's own default is ES5 scripts, on which `import` of the runtime module does not parse; flat
  // configs need nothing here, ESLint 9+ defaults to the latest ES modules.
  const legacy = (severity: (rule: RuleWithDocs) => Severity | undefined): LegacyConfig => ({
    plugins: [NAMESPACE],
    parserOptions: { ecmaVersion: "latest", sourceType: "module" },
    rules: ruleEntries(rules, severity),
  });
  const recommended = (rule: RuleWithDocs): Severity | undefined => rule.meta.docs?.recommended;
  const strict = (rule: RuleWithDocs): Severity | undefined => (recommended(rule) ? "error" : undefined);
  const all = (): Severity => "error";
  const recommendedLegacy = legacy(recommended);
  return {
    recommended: flat("recommended", recommended),
    strict: flat("strict", strict),
    all: flat("all", all),
    "recommended-legacy": recommendedLegacy,
    "strict-legacy": legacy(strict),
    "all-legacy": legacy(all),
    "legacy-recommended": recommendedLegacy,
  };
}
