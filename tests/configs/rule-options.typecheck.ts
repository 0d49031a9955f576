// Type-checked by `tsc --noEmit` (npm test): the option types generated from the rules' JSON schemas
// (src/configs/rule-options.cts) are the types each rule is written with (its `createRule<Options>`), both ways, up to `readonly`.
import type { TSESLint } from "@typescript-eslint/utils";
import type { CosErrorsRuleOptions } from "../../src/index.js";
import type { rules } from "../../src/rules/index.js";

type Rules = typeof rules;
type WrittenOptions<Name extends keyof Rules> =
  Rules[Name] extends TSESLint.RuleModule<string, infer Options> ? NonNullable<Options[0]> : never;
type GeneratedOptions<Name extends keyof Rules> = NonNullable<CosErrorsRuleOptions[Name][0]>;
// The generated types are readonly throughout (a config may be `as const`); the rules' own need not be.
type DeepReadonly<T> = T extends readonly (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
type Same<A, B> = [DeepReadonly<A>] extends [DeepReadonly<B>]
  ? [DeepReadonly<B>] extends [DeepReadonly<A>]
    ? true
    : false
  : false;

export const sameRules: Same<keyof Rules, keyof CosErrorsRuleOptions> = true;
export const sameOptions: { [Name in keyof Rules]: Same<WrittenOptions<Name>, GeneratedOptions<Name>> } = {
  "handle-non-retryable": true,
  "no-retry-non-retryable": true,
  "no-unknown-code": true,
  "prefer-named-code": true,
  "sdk-error-shape": true,
};
