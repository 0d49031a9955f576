/**
 * The configs, derived from each rule's `meta.docs.recommended` so that a new rule cannot be forgotten:
 * flat `recommended` (each rule at its recommended severity), `strict` (those rules as errors), `all`
 * (every rule as an error), and `legacy-recommended` for ESLint 8 `.eslintrc` files.
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
  readonly plugins: Record<string, ESLint.Plugin>;
  readonly rules: Record<string, Severity>;
}

export interface LegacyConfig extends Linter.LegacyConfig {
  readonly plugins: string[];
  readonly rules: Record<string, Severity>;
}

export type Configs = {
  readonly recommended: FlatConfig;
  readonly strict: FlatConfig;
  readonly all: FlatConfig;
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

export function createConfigs(plugin: ESLint.Plugin, rules: Readonly<Record<string, RuleWithDocs>>): Configs {
  const flat = (name: string, severity: (rule: RuleWithDocs) => Severity | undefined): FlatConfig => ({
    name: `${NAMESPACE}/${name}`,
    plugins: { [NAMESPACE]: plugin },
    rules: ruleEntries(rules, severity),
  });
  const recommended = (rule: RuleWithDocs): Severity | undefined => rule.meta.docs?.recommended;
  return {
    recommended: flat("recommended", recommended),
    strict: flat("strict", (rule) => (recommended(rule) ? "error" : undefined)),
    all: flat("all", () => "error"),
    "legacy-recommended": { plugins: [NAMESPACE], rules: ruleEntries(rules, recommended) },
  };
}
