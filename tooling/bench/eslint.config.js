export { default } from "@cppcc/eslint-config/base";
