import { accountDeliveries, accountDeliveryLabels, type AccountDelivery, type MemberLoginTarget } from "@cppcc/domain";
import { errorMessage, useTRPC } from "@cppcc/ui";
import { useRosterReference } from "@cppcc/ui/roster";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Flex, Form, Modal, Radio, Select, Typography } from "antd";
import { useMemo, useState } from "react";
import { useNavigate } from "react-router";
import { keepSlipBatch, newBatchRequestId } from "./slipBatch";

type Props = {
  open: boolean;
  onClose: () => void;
  /** Members chosen in the roster list; without them the office narrows the current term by filters here. */
  memberIds?: string[];
};

type Filters = { sectorId?: string; townshipGroupId?: string; committeeId?: string };

/**
 * 批量开通委员账号: for members of the current term without a login. Shows first how many it will
 * open and whom it must skip (a phone that is already some login's username), then opens them in one
 * request and goes to the credential slips, which exist only in that answer; or, where the server can
 * text them (preview.smsOffered), to the texts' result page, which says who got theirs.
 */
export function BulkOpenDialog({ open, onClose, memberIds }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const reference = useRosterReference();
  const [filters, setFilters] = useState<Filters>({});
  const [delivery, setDelivery] = useState<AccountDelivery>("print");
  // One id per dialog: a double click or a retried request opens the batch once.
  const requestId = useMemo(() => (open ? newBatchRequestId() : ""), [open]);
  const target: MemberLoginTarget = memberIds ? { kind: "members", memberIds } : { kind: "filter", ...filters };
  const preview = useQuery(trpc.account.openPreview.queryOptions({ target }, { enabled: open, placeholderData: keepPreviousData }));
  const openLogins = useMutation(
    trpc.account.openMemberLogins.mutationOptions({
      onSuccess: async (batch, sent) => {
        if (batch.delivery === "print") keepSlipBatch(batch);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.account.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.roster.members.pathKey() }),
        ]);
        onClose();
        void navigate(batch.delivery === "sms" ? `/accounts/sms/${sent.requestId}` : "/accounts/slips");
      },
    }),
  );
  const willOpen = preview.data?.willOpen ?? 0;
  // Only what this server can do: without SMS (and its credential template) the texts are not offered at all.
  const deliveries = accountDeliveries.filter((d) => d !== "sms" || preview.data?.smsOffered === true);
  const chosen: AccountDelivery = deliveries.includes(delivery) ? delivery : "print";
  const options = (rows: { id: string; name: string }[] | undefined) => (rows ?? []).map((r) => ({ value: r.id, label: r.name }));
  return (
    <Modal
      title="批量开通委员账号"
      open={open}
      onCancel={onClose}
      okText={willOpen > 0 ? `开通 ${willOpen} 个账号` : "开通"}
      okButtonProps={{ disabled: willOpen === 0 || preview.isFetching, loading: openLogins.isPending }}
      onOk={() => openLogins.mutate({ requestId, delivery: chosen, target })}
      destroyOnHidden
      width={600}
    >
      <Typography.Paragraph type="secondary">
        为本届在册、尚未开通登录的委员开通委员履职端账号：用户名为委员的手机号，初始密码随机生成，委员首次登录时须改为自己的密码。
      </Typography.Paragraph>
      {!memberIds && (
        <Form layout="vertical">
          <Flex gap={12} wrap>
            <Form.Item label="界别" style={{ flex: 1, minWidth: 160 }}>
              <Select id="bulk-sectorId" allowClear showSearch={{ optionFilterProp: "label" }} placeholder="全部界别" aria-label="界别" value={filters.sectorId} onChange={(sectorId) => setFilters({ ...filters, sectorId })} options={options(reference.data?.sectors)} />
            </Form.Item>
            <Form.Item label="委员小组" style={{ flex: 1, minWidth: 160 }}>
              <Select
                id="bulk-townshipGroupId"
                allowClear
                showSearch={{ optionFilterProp: "label" }}
                placeholder="全部委员小组"
                aria-label="委员小组"
                value={filters.townshipGroupId}
                onChange={(townshipGroupId) => setFilters({ ...filters, townshipGroupId })}
                options={options(reference.data?.townshipGroups)}
              />
            </Form.Item>
            <Form.Item label="专委会" style={{ flex: 1, minWidth: 160 }}>
              <Select id="bulk-committeeId" allowClear showSearch={{ optionFilterProp: "label" }} placeholder="全部专委会" aria-label="专委会" value={filters.committeeId} onChange={(committeeId) => setFilters({ ...filters, committeeId })} options={options(reference.data?.committees)} />
            </Form.Item>
          </Flex>
        </Form>
      )}
      <Form.Item label="凭据发放方式" style={{ marginBottom: 12 }}>
        <Radio.Group value={chosen} onChange={(e) => setDelivery(e.target.value as AccountDelivery)} options={deliveries.map((d) => ({ value: d, label: accountDeliveryLabels[d] }))} />
        {chosen === "sms" && (
          <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0" }}>
            初始密码由系统发送到委员名册中的手机号，每人一条，不在屏幕上显示；发送结果可在下一页查看。
          </Typography.Paragraph>
        )}
      </Form.Item>
      {preview.isError ? (
        <Alert type="error" showIcon title="无法统计待开通的委员" description={errorMessage(preview.error)} />
      ) : preview.data ? (
        <Flex vertical gap={8}>
          <Alert
            type={willOpen > 0 ? "info" : "warning"}
            showIcon
            title={willOpen > 0 ? `将为 ${willOpen} 位委员开通账号` : memberIds ? "所选委员都已开通登录或已退出" : "符合条件的委员都已开通登录"}
            description={willOpen > 0 ? `${preview.data.names.join("、")}${willOpen > preview.data.names.length ? ` 等 ${willOpen} 人` : ""}` : undefined}
          />
          {preview.data.skipped.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={`${preview.data.skipped.length} 位委员将跳过`}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }}>
                  {preview.data.skipped.map((s) => (
                    <li key={s.memberId}>
                      {s.name}：{s.reason}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
        </Flex>
      ) : null}
      {openLogins.isError && <Alert style={{ marginTop: 12 }} type="error" showIcon title="未能开通账号" description={errorMessage(openLogins.error)} />}
    </Modal>
  );
}
