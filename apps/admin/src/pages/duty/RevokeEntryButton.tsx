import { errorMessage, useTRPC } from "@cppcc/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Input, Modal } from "antd";
import { useState } from "react";

/** 撤销: an entry recorded in error is reversed with a reason, never deleted. */
export function RevokeEntryButton({ id }: { id: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const revoke = useMutation(
    trpc.duty.revokeEntry.mutationOptions({
      onSuccess: () => {
        void message.success("已撤销，该条不再计入履职档案");
        setOpen(false);
        void queryClient.invalidateQueries({ queryKey: trpc.duty.pathKey() });
      },
      onError: (error) => void message.error(errorMessage(error)),
    }),
  );
  return (
    <>
      <Button type="link" size="small" danger onClick={() => setOpen(true)}>
        撤销
      </Button>
      <Modal title="撤销平台外履职记录" open={open} onCancel={() => setOpen(false)} onOk={() => revoke.mutate({ id, reason })} okText="撤销" okButtonProps={{ danger: true }} confirmLoading={revoke.isPending}>
        <p>撤销后该条不再计分，原记录与撤销原因保留备查。</p>
        <Input.TextArea rows={2} placeholder="撤销原因" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} />
      </Modal>
    </>
  );
}
