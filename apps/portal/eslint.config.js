export { default } from "@cppcc/eslint-config/react";
