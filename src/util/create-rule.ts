import { ESLintUtils } from "@typescript-eslint/utils";

export interface CosRuleDocs {
  /** Whether the rule is in the `recommended` config, and at which severity. */
  recommended?: "error" | "warn";
}

export const createRule = ESLintUtils.RuleCreator<CosRuleDocs>(
  (name) => `https://github.com/eslint-plugin-cos-errors/eslint-plugin-cos-errors/blob/main/docs/rules/${name}.md`,
);
