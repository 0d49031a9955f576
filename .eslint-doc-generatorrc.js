// eslint-doc-generator: the README's rules and configs lists, and each rule doc's header and options list, are
// generated from the plugin's metadata (the options lists from each rule's JSON schema and
// `meta.defaultOptions`); `npm run check:docs` (part of `npm test`) fails when they drift. The eslintrc presets
// (`*-legacy`) mirror the flat configs, so the lists leave them out.
/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ["recommended", "✅"],
    ["strict", "🔒"],
    ["all", "🌐"],
  ],
  ignoreConfig: ["recommended-legacy", "strict-legacy", "all-legacy", "legacy-recommended"],
  ruleDocTitleFormat: "prefix-name",
  ruleDocSectionInclude: ["Rule details", "Options", "When not to use it"],
  ruleListColumns: ["name", "description", "configsError", "configsWarn", "fixable", "hasSuggestions", "options"],
  urlConfigs: "https://github.com/eslint-plugin-cos-errors/eslint-plugin-cos-errors#configs",
};
