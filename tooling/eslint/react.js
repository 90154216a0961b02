import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import base from "./base.js";
import { clientBoundaries } from "./boundaries.js";

export default [
  ...base,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  // Every package on this config runs in the browser.
  clientBoundaries,
];
