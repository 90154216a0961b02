// Roster pieces the two desk apps share. A separate entry from "@cppcc/ui/antd" on purpose: the
// login screen imports that one, and anything it re-exports is bundled into the first load.
export { MemberDrawer } from "./MemberDrawer";
export { MemberProfile } from "./MemberProfile";
export { MemberHistory } from "./MemberHistory";
export { memberColumns, type MemberColumn } from "./memberColumns";
export { LoadMore } from "./LoadMore";
export { RosterExportButton } from "./RosterExportButton";
export { MemberSearchSelect, type MemberFieldProps, type MemberSearchItem } from "./MemberSearchSelect";
