// The example project's ESLint config: the plugin's recommended config, as a user would write it.
import cosErrors from "eslint-plugin-cos-errors";
import tseslint from "typescript-eslint";

export default [
  { files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } },
  cosErrors.configs.recommended,
];
