export { default } from "@cppcc/eslint-config/domain";
