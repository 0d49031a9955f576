import type { ESLintUtils, TSESLint } from "@typescript-eslint/utils";

export interface CosRuleDocs {
  /** Whether the rule is in the `recommended` config, and at which severity. */
  recommended?: "error" | "warn";
}

const docsUrl = (name: string): string =>
  `https://github.com/eslint-plugin-cos-errors/eslint-plugin-cos-errors/blob/main/docs/rules/${name}.md`;

type Options = readonly [Readonly<Record<string, unknown>>?];

/**
 * A rule with its docs URL and `meta.defaultOptions` applied, like typescript-eslint's `RuleCreator`, but
 * the options (one flat object for every rule here) are merged by a spread: `RuleCreator` deep-clones the
 * defaults for every file and rule, which cost more than everything else a rule does on a file without COS
 * code (see bench/README.md).
 */
export function createRule<RuleOptions extends Options, MessageIds extends string>({
  name,
  meta,
  create,
}: Readonly<ESLintUtils.RuleWithMetaAndName<RuleOptions, MessageIds, CosRuleDocs>>): TSESLint.RuleModule<MessageIds, RuleOptions, CosRuleDocs> & {
  name: string;
} {
  const defaults = meta.defaultOptions?.[0] ?? {};
  const defaultKeys = Object.keys(defaults);
  const onlyDefaults = [defaults] as unknown as RuleOptions;
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: docsUrl(name) } },
    defaultOptions: meta.defaultOptions ?? ([] as unknown as RuleOptions),
    create(context) {
      const given = context.options[0];
      if (given === undefined) return create(context, onlyDefaults);
      // ESLint 9.15+ has merged `meta.defaultOptions` already; ESLint 8 has not.
      if (defaultKeys.every((key) => key in given)) return create(context, context.options);
      return create(context, [{ ...defaults, ...given }] as unknown as RuleOptions);
    },
  };
}
