// Type-checked by `tsc --noEmit` (npm test): users' `eslint.config.ts` with defineConfig must compile.
import { defineConfig } from "eslint/config";
import cosErrors from "../../src/index.js";

export default defineConfig([
  cosErrors.configs.recommended,
  {
    files: ["src/storage/**/*.ts"],
    plugins: { "cos-errors": cosErrors },
    rules: {
      "cos-errors/prefer-named-code": ["error", { fix: "suggestion" }],
      "cos-errors/no-unknown-code": ["error", { allow: [-99999] }],
    },
    settings: { "cos-errors": { assumeCos: true } },
  },
  { extends: [cosErrors.configs.strict] },
]);
