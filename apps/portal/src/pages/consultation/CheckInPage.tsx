import { errorMessage, useTRPC } from "@cppcc/ui";
import { timeText } from "@cppcc/ui/roster";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Input, Result } from "antd-mobile";
import { useEffect, useRef, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { ActivityFrame } from "./ActivityFrame";
import { checkInTokenOf } from "./checkInToken";

/**
 * 签到: the organiser's QR code opens this page with the code in its address and checks in at
 * once; without a camera the member types the 6-digit code shown beside the QR (the server finds
 * which of their meetings it belongs to). Checking in twice is answered "已签到" and counts once.
 */
export function CheckInPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const scanned = checkInTokenOf(params.get("code") ?? "");
  const [text, setText] = useState(scanned);
  const refresh = { onSuccess: () => void queryClient.invalidateQueries(trpc.consultation.pathFilter()) };
  const scan = useMutation(trpc.consultation.checkIn.scan.mutationOptions(refresh));
  const typed = useMutation(trpc.consultation.checkIn.enterPin.mutationOptions(refresh));
  const { mutate } = scan;
  // A scanned link checks in by itself, once.
  const sent = useRef(false);
  useEffect(() => {
    if (scanned && !sent.current) {
      sent.current = true;
      mutate({ token: scanned });
    }
  }, [scanned, mutate]);

  const r = scan.data ?? typed.data;
  if (r) {
    return (
      <ActivityFrame title="签到">
        <div style={{ background: "#fff", margin: 12, borderRadius: 8 }} role="status">
          <Result
            status="success"
            title={r.alreadyCheckedIn ? "已签到" : "签到成功"}
            description={
              <>
                <div>{r.title}</div>
                <div>签到时间 {timeText(r.checkedInAt)}</div>
              </>
            }
            // Success in green: the brand red would read as an error here.
            style={{ "--adm-color-primary": "var(--adm-color-success)" } as never}
          />
        </div>
        <div style={{ padding: "0 12px", display: "flex", flexDirection: "column", gap: 10 }}>
          <Button block color="primary" size="large" onClick={() => void navigate(`/activities/${r.consultationId}`, { replace: true })}>
            查看活动
          </Button>
          <Button block size="large" onClick={() => void navigate("/activities", { replace: true })}>
            返回我的活动
          </Button>
        </div>
      </ActivityFrame>
    );
  }
  // A pasted QR link is scanned; anything else is the typed code, which the server reads and judges.
  const link = /[?&]code=/.test(text) ? checkInTokenOf(text) : null;
  const submit = () => {
    if (link) mutate({ token: link });
    else if (text.trim()) typed.mutate({ pin: text });
  };
  const failed = scan.isError ? scan.error : typed.isError ? typed.error : null;
  return (
    <ActivityFrame title="签到">
      <div style={{ background: "#fff", margin: 12, padding: 16, borderRadius: 8 }}>
        <div style={{ fontSize: 16, fontWeight: 600, marginBottom: 4 }}>扫码或输入签到码</div>
        <div style={{ color: "#666", fontSize: 15, lineHeight: 1.6, marginBottom: 12 }}>
          用手机相机扫描会场屏幕上的二维码即可签到；也可以在下面输入二维码旁的 6 位数字签到码。
        </div>
        <div style={{ border: "1px solid #d9d9d9", borderRadius: 6, padding: "8px 10px" }}>
          <Input
            id="checkInCode"
            value={text}
            onChange={(v) => {
              setText(v);
              typed.reset();
              scan.reset();
            }}
            placeholder="6 位数字"
            inputMode="numeric"
            clearable
            autoComplete="one-time-code"
            autoCapitalize="off"
            onEnterPress={submit}
            style={{ "--font-size": "28px", letterSpacing: 6 } as never}
          />
        </div>
        {failed && (
          <div role="alert" style={{ marginTop: 12, padding: "10px 14px", borderRadius: 8, background: "#fff1f0", color: "#cf1322", fontSize: 15 }}>
            {errorMessage(failed)}
          </div>
        )}
      </div>
      <div style={{ padding: "0 12px" }}>
        <Button block color="primary" size="large" disabled={!text.trim()} loading={scan.isPending || typed.isPending} loadingText="正在签到" onClick={submit}>
          签到
        </Button>
      </div>
    </ActivityFrame>
  );
}
