import { Button, Flex } from "antd";
import { useState } from "react";
import { CloseDialog } from "./CloseDialog";
import { RecallDialog } from "./RecallDialog";
import { RouteDialog } from "./RouteDialog";
import type { SuggestionItem } from "./types";

/**
 * The organiser's steps by state: 交办 or settle it at once (销号) while unrouted, 撤回 while a unit
 * has it, 销号 once answered. The server judges each again (and says so if someone was faster).
 */
export function SuggestionActions({ suggestion: s }: { suggestion: SuggestionItem }) {
  const [dialog, setDialog] = useState<"route" | "recall" | "close" | null>(null);
  if (s.state === "closed") return null;
  return (
    <Flex gap={8}>
      {s.state === "recorded" && (
        <Button size="small" type="primary" onClick={() => setDialog("route")}>
          交办
        </Button>
      )}
      {s.state === "routed" && (
        <Button size="small" onClick={() => setDialog("recall")}>
          撤回交办
        </Button>
      )}
      {(s.state === "recorded" || s.state === "answered") && (
        <Button size="small" type={s.state === "answered" ? "primary" : "default"} onClick={() => setDialog("close")}>
          销号
        </Button>
      )}
      {dialog === "route" && <RouteDialog suggestion={s} onClose={() => setDialog(null)} />}
      {dialog === "recall" && <RecallDialog suggestion={s} onClose={() => setDialog(null)} />}
      {dialog === "close" && <CloseDialog suggestion={s} onClose={() => setDialog(null)} />}
    </Flex>
  );
}
