// The roster: terms, sectors, committees, townships, units, members and their rules.
// fields.ts (IsoDate, isoDate, nameField, sortOrder) is kept internal: such generic
// names clash with other areas' exports under `export *`.
export * from "./policy";
export * from "./ordinal";
export * from "./term";
export * from "./sector";
export * from "./committee";
export * from "./township";
export * from "./pairing";
export * from "./participatingUnit";
export * from "./handlingUnit";
export * from "./party";
export * from "./ethnicity";
export * from "./gender";
export * from "./phone";
export * from "./pinyin";
export * from "./member";
export * from "./memberInput";
export * from "./membership";
export * from "./leadership";
export * from "./withdrawal";
export * from "./checkRoster";
export * from "./privacy";
export * from "./excel/cell";
export * from "./excel/birthDate";
export * from "./excel/headers";
export * from "./excel/lookups";
export * from "./excel/parseRow";
export * from "./excel/validateImport";
export * from "./excel/toRow";
