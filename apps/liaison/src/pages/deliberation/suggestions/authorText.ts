import { suggestionAuthorKindLabels } from "@cppcc/domain";
import type { SuggestionItem } from "./types";

/** "委员 张三", "群众 王阿姨", "部门代表 李四（市住建局）". */
export function authorText(s: Pick<SuggestionItem, "authorKind" | "authorMemberName" | "authorName" | "authorUnitName">): string {
  const kind = suggestionAuthorKindLabels[s.authorKind];
  switch (s.authorKind) {
    case "member":
      return `${kind} ${s.authorMemberName ?? ""}`.trim();
    case "resident":
      return s.authorName ? `${kind} ${s.authorName}` : kind;
    case "departmentRepresentative":
      return `${kind} ${s.authorName ?? ""}${s.authorUnitName ? `（${s.authorUnitName}）` : ""}`.trim();
  }
}
