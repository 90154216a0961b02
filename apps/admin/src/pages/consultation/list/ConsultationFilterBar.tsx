import { consultationFormatCodes, consultationFormats, consultationStateLabels, consultationStates } from "@cppcc/domain";
import type { TownshipSummary } from "@cppcc/ui";
import { Button, Checkbox, Flex, Select } from "antd";
import type { ReactNode } from "react";
import { planYears } from "../plan/planYears";
import type { ListParams } from "./useConsultationParams";

type Props = {
  values: ListParams;
  townships: TownshipSummary[];
  onChange: (key: "year" | "format" | "state" | "scope" | "week", value: string | undefined) => void;
  onReset: () => void;
  canReset: boolean;
  actions?: ReactNode;
};

/** Year, format, status and level (city, all, one township), with the page's own buttons on the right. */
export function ConsultationFilterBar({ values, townships, onChange, onReset, canReset, actions }: Props) {
  const scope = values.scope === "city" || values.scope === "all" ? values.scope : values.scope.townshipId;
  return (
    <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
      <Flex wrap gap={8}>
        <Select
          aria-label="年度"
          placeholder="全部年度"
          allowClear
          style={{ width: 130 }}
          value={values.year}
          options={planYears([]).map((y) => ({ value: y, label: `${y} 年度` }))}
          onChange={(v?: number) => onChange("year", v ? String(v) : undefined)}
        />
        <Select
          aria-label="协商形式"
          placeholder="全部协商形式"
          allowClear
          style={{ width: 200 }}
          value={values.formatCode}
          options={consultationFormatCodes.map((c) => ({ value: c, label: consultationFormats[c].name }))}
          onChange={(v?: string) => onChange("format", v)}
        />
        <Select
          aria-label="状态"
          placeholder="全部状态"
          allowClear
          style={{ width: 140 }}
          value={values.state}
          options={consultationStates.map((s) => ({ value: s, label: consultationStateLabels[s] }))}
          onChange={(v?: string) => onChange("state", v)}
        />
        <Select
          aria-label="范围"
          style={{ width: 180 }}
          value={scope}
          options={[
            { value: "city", label: "市级协商" },
            { value: "all", label: "全部（含镇街道）" },
            ...townships.map((t) => ({ value: t.id, label: t.name })),
          ]}
          onChange={(v: string) => onChange("scope", v === "city" ? undefined : v)}
        />
        <Checkbox checked={values.thisWeek} onChange={(e) => onChange("week", e.target.checked ? "this" : undefined)} style={{ alignSelf: "center" }}>
          本周会议
        </Checkbox>
        {canReset && <Button onClick={onReset}>清除筛选</Button>}
      </Flex>
      <Flex gap={8}>{actions}</Flex>
    </Flex>
  );
}
