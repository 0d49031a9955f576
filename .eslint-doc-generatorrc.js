// eslint-doc-generator: the README rules list and each rule doc's header are generated from the rules'
// metadata; `npm run check:docs` (part of `npm test`) fails when they drift.
/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ["recommended", "✅"],
    ["strict", "🔒"],
    ["all", "🌐"],
  ],
  ignoreConfig: ["legacy-recommended"],
  ruleDocTitleFormat: "prefix-name",
  ruleDocSectionInclude: ["Rule details", "Options", "When not to use it"],
  ruleListColumns: ["name", "description", "configsError", "configsWarn", "fixable", "hasSuggestions", "options"],
  urlConfigs: "https://github.com/eslint-plugin-cos-errors/eslint-plugin-cos-errors#configs",
};
