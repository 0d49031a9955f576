/**
 * The flat configs, derived from each rule's `meta.docs.recommended` so that a new rule cannot be
 * forgotten: `recommended` (each rule at its recommended severity), `strict` (those rules as errors),
 * `all` (every rule as an error).
 */
import type { TSESLint } from "@typescript-eslint/utils";
import type { CosRuleDocs } from "../util/create-rule.js";

export const NAMESPACE = "cos-errors";

type RuleModule = TSESLint.RuleModule<string, readonly unknown[], CosRuleDocs>;
type Severity = "error" | "warn";

export interface FlatConfig {
  readonly name: string;
  readonly plugins: Record<string, unknown>;
  readonly rules: Readonly<Record<string, Severity>>;
}

function ruleEntries(rules: Readonly<Record<string, RuleModule>>, severity: (rule: RuleModule) => Severity | undefined): Record<string, Severity> {
  const entries: Record<string, Severity> = {};
  for (const [name, rule] of Object.entries(rules)) {
    const level = severity(rule);
    if (level) entries[`${NAMESPACE}/${name}`] = level;
  }
  return entries;
}

export function createConfigs(plugin: { readonly rules: Readonly<Record<string, RuleModule>> }): Record<"recommended" | "strict" | "all", FlatConfig> {
  const config = (name: string, severity: (rule: RuleModule) => Severity | undefined): FlatConfig => ({
    name: `${NAMESPACE}/${name}`,
    plugins: { [NAMESPACE]: plugin },
    rules: ruleEntries(plugin.rules, severity),
  });
  return {
    recommended: config("recommended", (rule) => rule.meta.docs?.recommended),
    strict: config("strict", (rule) => (rule.meta.docs?.recommended ? "error" : undefined)),
    all: config("all", () => "error"),
  };
}
