import { contactName, contactPhone, meetingStartTime } from "@cppcc/domain";
import { Flex, Form, Input } from "antd";
import { zodRule } from "../forms/zodRule";

/**
 * 开始时间、联系人、联系电话: what an invited member needs besides the date and place, checked with
 * the server's own rules as the person types. The form's values are plain text ("09:30").
 */
export function MeetingFields({ disabled = false }: { disabled?: boolean }) {
  return (
    <Flex gap={16} wrap>
      <Form.Item name="startTime" label="开始时间" extra="24 小时制，如 09:30" rules={[zodRule(meetingStartTime)]} style={{ flex: "1 1 140px" }}>
        <Input maxLength={5} placeholder="09:30" inputMode="numeric" disabled={disabled} />
      </Form.Item>
      <Form.Item name="contactName" label="联系人" rules={[zodRule(contactName)]} style={{ flex: "1 1 160px" }}>
        <Input maxLength={30} placeholder="会务联系人" disabled={disabled} />
      </Form.Item>
      <Form.Item name="contactPhone" label="联系电话" extra="手机号或带区号的座机" rules={[zodRule(contactPhone)]} style={{ flex: "1 1 200px" }}>
        <Input maxLength={20} placeholder="如 0573-85123456" inputMode="tel" disabled={disabled} />
      </Form.Item>
    </Flex>
  );
}
