import {
  allowsCity,
  consultationEditProblems,
  consultationFormatCodes,
  consultationFormats,
  consultationModeLabels,
  isCityOnly,
  quarterLabel,
  quarters,
  type ConsultationFormatCode,
  type ConsultationPatch,
  type ConsultationState,
  type ParticipantGroup,
} from "@cppcc/domain";
import { useOverview, useTRPC } from "@cppcc/ui";
import { MeetingFields } from "@cppcc/ui/antd";
import { useRosterReference } from "@cppcc/ui/roster";
import { useQuery } from "@tanstack/react-query";
import { Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, type FormInstance } from "antd";
import { unitOptions, unitSearch } from "../shared/unitOptions";
import type { DraftValues } from "./draftValues";
import { FormatGuide } from "./FormatGuide";
import { ProposalSelect } from "./ProposalSelect";

const cityFormats = consultationFormatCodes.filter((c) => allowsCity(consultationFormats[c]));
const localFormats = consultationFormatCodes.filter((c) => !allowsCity(consultationFormats[c]));
const formatOptions = [
  { label: "市级协商", options: cityFormats.map((c) => ({ value: c, label: consultationFormats[c].name })) },
  { label: "镇街道、村（社区）协商", options: localFormats.map((c) => ({ value: c, label: consultationFormats[c].name })) },
];
const quarterOptions = [{ value: 0, label: quarterLabel(null) }, ...quarters.map((q) => ({ value: q, label: quarterLabel(q) }))];

type Props = {
  form: FormInstance<DraftValues>;
  /** Editing a consultation in this state: fields it has frozen are shown but locked. */
  state?: ConsultationState;
};

/**
 * The draft's fields as its format asks for them: sectors for 界别协商, a lead committee and a
 * handling unit for 对口协商, linked proposals for 提案办理协商, a township for a township format.
 * Required marks follow the format; the server's own words say what is missing, all at once.
 */
export function DraftFields({ form, state }: Props) {
  const trpc = useTRPC();
  const reference = useRosterReference();
  const overview = useOverview();
  const formatCode = Form.useWatch("formatCode", form);
  const year = Form.useWatch("year", form);
  const plan = useQuery(trpc.consultation.plan.get.queryOptions({ year: year ?? 0 }, { enabled: !!year && year >= 2000 && year <= 2100 }));
  const format = formatCode ? consultationFormats[formatCode] : null;
  const venues = useQuery(
    trpc.consultation.venue.list.queryOptions({ kind: format?.venue?.kind ?? null, limit: 100 }, { enabled: !!format?.venue }),
  );
  const locked = (field: keyof ConsultationPatch) =>
    state !== undefined && consultationEditProblems(state, { [field]: form.getFieldValue(field) ?? null } as ConsultationPatch).length > 0;

  const has = (group: ParticipantGroup) =>
    !!format && (format.participants.required.includes(group) || format.participants.optional.includes(group));
  const lists = reference.data;
  const option = (r: { id: string; name: string }) => ({ value: r.id, label: r.name });

  // A format held only offline (or online) must not keep a mode chosen for the previous one.
  const keepModeAllowed = (code: ConsultationFormatCode) => {
    const modes = consultationFormats[code].modes;
    if (!modes.includes(form.getFieldValue("mode"))) form.setFieldValue("mode", modes[0]);
  };

  const pickPlanItem = (id: string | null | undefined) => {
    const item = plan.data?.items.find((i) => i.id === id);
    if (!item) return;
    keepModeAllowed(item.formatCode);
    form.setFieldsValue({
      formatCode: item.formatCode,
      quarter: item.quarter ?? 0,
      leadCommitteeId: item.leadCommitteeId ?? form.getFieldValue("leadCommitteeId"),
      title: form.getFieldValue("title") || item.topic,
    });
  };

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="formatCode" label="协商形式" rules={[{ required: true, message: "请选择协商形式" }]}>
            <Select options={formatOptions} placeholder="选择协商形式" disabled={locked("formatCode")} onChange={keepModeAllowed} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="year" label="年度" rules={[{ required: true, message: "请填写年度" }]}>
            <InputNumber min={2000} max={2100} style={{ width: "100%" }} disabled={locked("year")} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="quarter" label="季度">
            <Select options={quarterOptions} disabled={locked("quarter")} />
          </Form.Item>
        </Col>
      </Row>
      {formatCode && <FormatGuide code={formatCode} />}
      <Form.Item name="title" label="协商题目" rules={[{ required: true, message: "请填写协商题目" }]}>
        <Input maxLength={80} showCount placeholder="如：关于加快老旧小区改造的协商" disabled={locked("title")} />
      </Form.Item>
      <Form.Item name="planItemId" label="落实的计划项目" extra="选择年度协商计划中的项目，计划进度将随本次协商更新">
        <Select
          allowClear
          placeholder={plan.data ? "不属于年度计划可不选" : `${year ?? ""} 年度还没有协商计划`}
          disabled={!plan.data || locked("planItemId")}
          options={(plan.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.formatName}｜${i.topic}（${i.period}）` }))}
          onChange={pickPlanItem}
        />
      </Form.Item>
      {format && !isCityOnly(format) && (
        <Form.Item name="townshipId" label="所属镇街道" required={!allowsCity(format)} extra={allowsCity(format) ? "市级组织的不选" : undefined}>
          <Select allowClear placeholder="选择镇街道" options={(overview.data?.townships ?? []).map(option)} disabled={locked("townshipId")} />
        </Form.Item>
      )}
      <Row gutter={16}>
        {(format?.requires.leadCommittee || has("leadCommittee")) && (
          <Col xs={24} md={12}>
            <Form.Item name="leadCommitteeId" label="牵头专委会" required={format?.requires.leadCommittee}>
              <Select allowClear placeholder="选择牵头专委会" options={(lists?.committees ?? []).map(option)} disabled={locked("leadCommitteeId")} />
            </Form.Item>
          </Col>
        )}
        {(format?.requires.handlingUnits || has("handlingUnits")) && (
          <Col xs={24} md={12}>
            <Form.Item name="handlingUnitIds" label="对口部门（承办单位）" required={format?.requires.handlingUnits}>
              <Select
                mode="multiple"
                allowClear
                placeholder="选择承办单位"
                showSearch={unitSearch}
                options={unitOptions(lists?.handlingUnits ?? [])}
                disabled={locked("handlingUnitIds")}
              />
            </Form.Item>
          </Col>
        )}
      </Row>
      {(format?.requires.sectors || has("namedSectors")) && (
        <Form.Item name="sectorIds" label="参加界别" required={format?.requires.sectors}>
          <Select mode="multiple" allowClear placeholder="选择一个或多个界别" showSearch={{ optionFilterProp: "label" }} options={(lists?.sectors ?? []).map(option)} disabled={locked("sectorIds")} />
        </Form.Item>
      )}
      {(format?.requires.linkedProposals || has("linkedProposers")) && (
        <Form.Item name="linkedProposalIds" label="协商办理的提案" required={format?.requires.linkedProposals} extra="提案人（领衔人和已确认的联名人）将作为默认邀请对象">
          <ProposalSelect />
        </Form.Item>
      )}
      {format?.venue && (
        <Form.Item name="venueId" label="阵地" required={format.venue.required}>
          <Select
            allowClear
            placeholder="选择阵地"
            options={(venues.data?.items ?? []).map((v) => ({ value: v.id, label: v.townshipName ? `${v.name}（${v.townshipName}）` : v.name }))}
            disabled={locked("venueId")}
          />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="plannedDate" label="计划日期" extra={state === "scheduled" ? "已排期，改日期请使用“延期”" : undefined}>
            <DatePicker style={{ width: "100%" }} disabled={locked("plannedDate")} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="replyDeadline" label="报名截止日期">
            <DatePicker style={{ width: "100%" }} disabled={locked("replyDeadline")} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="mode" label="协商方式">
            <Radio.Group
              disabled={locked("mode")}
              options={(format?.modes ?? (["offline", "online", "hybrid"] as const)).map((m) => ({ value: m, label: consultationModeLabels[m] }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="venue" label="会议地点">
        <Input maxLength={100} placeholder="如：机关大楼三楼会议室" disabled={locked("venue")} />
      </Form.Item>
      <MeetingFields disabled={locked("startTime")} />
      <Form.Item name="description" label="说明">
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount placeholder="协商的背景、重点和参加人员安排" />
      </Form.Item>
    </>
  );
}
