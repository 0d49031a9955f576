import type { ESLintUtils, TSESLint } from "@typescript-eslint/utils";
import { inactiveFileListeners } from "../detect/index.js";

export interface CosRuleDocs {
  /** Whether the rule is in the `recommended` config, and at which severity. */
  recommended?: "error" | "warn";
}

const docsUrl = (name: string): string =>
  `https://github.com/eslint-plugin-cos-errors/eslint-plugin-cos-errors/blob/main/docs/rules/${name}.md`;

type Options = readonly [Readonly<Record<string, unknown>>?];

export interface CosRuleDefinition<RuleOptions extends Options, MessageIds extends string> extends Readonly<
  ESLintUtils.RuleWithMetaAndName<RuleOptions, MessageIds, CosRuleDocs>
> {
  /**
   * Checks what the schema cannot (regular expressions, category ids) and throws an error naming the
   * option. Runs for each new options object (once when the config gives none), on every file, COS code or not.
   */
  readonly checkOptions?: (options: NonNullable<RuleOptions[0]>) => void;
}

/**
 * A rule of this plugin: its docs URL and `meta.defaultOptions` applied, like typescript-eslint's
 * `RuleCreator`, and no listeners at all for a file in which no code site can be judged (see
 * `FileAnalysis.active`) or that is not JavaScript, decided before the rule's own `create` runs.
 *
 * The options (one flat object for every rule here) are merged by a spread: `RuleCreator` deep-clones the
 * defaults for every file and rule, which cost more than everything else a rule does on a file without COS
 * code (see bench/README.md).
 */
export function createRule<RuleOptions extends Options, MessageIds extends string>({
  name,
  meta,
  create,
  checkOptions,
}: CosRuleDefinition<RuleOptions, MessageIds>): TSESLint.RuleModule<MessageIds, RuleOptions, CosRuleDocs> & {
  name: string;
} {
  const defaults = meta.defaultOptions?.[0] ?? {};
  const defaultKeys = Object.keys(defaults);
  const onlyDefaults = [defaults] as unknown as RuleOptions;
  // When the config gives no options, ESLint passes every file the same object (`meta.defaultOptions[0]`),
  // checked once; when it does, a fresh merged one per file, checked per file.
  let lastChecked: object | undefined;
  const hasDefaultKeys = (given: object): boolean => {
    for (const key of defaultKeys) if (!(key in given)) return false;
    return true;
  };
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: docsUrl(name) } },
    defaultOptions: meta.defaultOptions ?? ([] as unknown as RuleOptions),
    create(context) {
      const configured = context.options;
      const given = configured[0];
      let options: RuleOptions;
      if (given === undefined) options = onlyDefaults;
      // ESLint 9.15+ has merged `meta.defaultOptions` already (and passes them as they are when the config
      // gives none); ESLint 8 has not.
      else if (given === defaults || hasDefaultKeys(given)) options = configured;
      else options = [{ ...defaults, ...given }] as unknown as RuleOptions;
      const merged = options[0]!;
      if (checkOptions && merged !== lastChecked) {
        checkOptions(merged);
        lastChecked = merged;
      }
      return inactiveFileListeners(context) ?? create(context, options);
    },
  };
}
