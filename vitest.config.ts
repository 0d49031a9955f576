import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds dist/ once, for the tests that use the package as its users do.
    globalSetup: ["tests/global-setup.ts"],
    setupFiles: ["tests/setup-rule-tester.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
