import {
  ethnicities,
  genderLabels,
  genders,
  memberPostLabels,
  memberPosts,
  mobilePhone,
  partyAffiliationLabels,
  partyAffiliations,
  rosterEntry,
} from "@cppcc/domain";
import { zodRule } from "@cppcc/ui";
import { type RosterReference } from "@cppcc/ui/roster";
import { Col, DatePicker, Form, Input, Radio, Row, Select } from "antd";
import dayjs from "dayjs";

const required = (message: string) => ({ required: true, message });

/**
 * The fields of one roster line (the same as the Excel columns). Rules come from the schema the
 * server checks with, so the words match; what only the server can know (a phone another member
 * already has, a second chair) comes back from it and is shown on the same fields.
 */
export function MemberFields({ reference }: { reference: RosterReference | undefined }) {
  return (
    <Row gutter={16}>
      <Col xs={24} sm={12}>
        <Form.Item label="姓名" name="name" rules={[required("请填写姓名"), zodRule(rosterEntry.shape.name)]}>
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item label="性别" name="gender" rules={[required("请选择性别")]}>
          <Radio.Group options={genders.map((g) => ({ value: g, label: genderLabels[g] }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item label="出生年月" name="birthDate" rules={[required("请选择出生年月")]}>
          <DatePicker
            picker="month"
            format="YYYY年M月"
            style={{ width: "100%" }}
            disabledDate={(d) => d.isBefore("1900-01-01") || d.isAfter(dayjs())}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item label="民族" name="ethnicity" rules={[required("请选择民族")]}>
          <Select showSearch options={ethnicities.map((e) => ({ value: e, label: e }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item label="党派" name="partyAffiliation" rules={[required("请选择党派")]}>
          <Select options={partyAffiliations.map((p) => ({ value: p, label: partyAffiliationLabels[p] }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item label="职务" name="post" rules={[required("请选择职务")]}>
          <Select options={memberPosts.map((p) => ({ value: p, label: memberPostLabels[p] }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item label="界别" name="sectorId" rules={[required("请选择界别")]}>
          <Select showSearch={{ optionFilterProp: "label" }} options={(reference?.sectors ?? []).map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item label="委员小组" name="townshipGroupId" rules={[required("请选择委员小组")]}>
          <Select
            showSearch={{ optionFilterProp: "label" }}
            options={(reference?.townshipGroups ?? []).map((g) => ({ value: g.id, label: g.name }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item
          label="专委会"
          name="committeeIds"
          tooltip="全员入委：每位委员至少参加一个专委会，可选多个"
          rules={[required("每位委员至少参加一个专委会（全员入委），请选择专委会"), zodRule(rosterEntry.shape.committeeIds)]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: "label" }}
            options={(reference?.committees ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item label="手机" name="phone" rules={[required("请填写手机号码"), zodRule(mobilePhone)]}>
          <Input inputMode="tel" maxLength={20} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item label="工作单位及职务" name="employerAndTitle" rules={[required("请填写工作单位及职务"), zodRule(rosterEntry.shape.employerAndTitle)]}>
          <Input maxLength={100} placeholder="如：平湖市第一人民医院院长" />
        </Form.Item>
      </Col>
    </Row>
  );
}
