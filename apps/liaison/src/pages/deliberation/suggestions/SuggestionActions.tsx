import { Button, Flex } from "antd";
import { useState } from "react";
import { CloseDialog } from "./CloseDialog";
import { RecallDialog } from "./RecallDialog";
import { RouteDialog } from "./RouteDialog";
import type { SuggestionItem } from "./types";

type OrganiserStep = "route" | "recall" | "close";
const organiserSteps: readonly string[] = ["route", "recall", "close"] satisfies OrganiserStep[];

/**
 * The organiser's steps the server offers on this suggestion (交办, 撤回交办, 销号), each with its
 * dialog. The server judges each again (and says so if someone was faster).
 */
export function SuggestionActions({ suggestion: s }: { suggestion: SuggestionItem }) {
  const [dialog, setDialog] = useState<OrganiserStep | null>(null);
  const steps = s.steps.filter((st) => organiserSteps.includes(st.type));
  if (steps.length === 0) return null;
  return (
    <Flex gap={8}>
      {steps.map((st) => (
        <Button key={st.type} size="small" type={st.kind === "primary" ? "primary" : "default"} onClick={() => setDialog(st.type as OrganiserStep)}>
          {st.label}
        </Button>
      ))}
      {dialog === "route" && <RouteDialog suggestion={s} onClose={() => setDialog(null)} />}
      {dialog === "recall" && <RecallDialog suggestion={s} onClose={() => setDialog(null)} />}
      {dialog === "close" && <CloseDialog suggestion={s} onClose={() => setDialog(null)} />}
    </Flex>
  );
}
