/** Why staff sent the proposal back (退回修改), for the member to act on. */
export function ReturnReasons({ reasons, round }: { reasons: readonly string[]; round: number }) {
  return (
    <div data-testid="return-reasons" style={{ margin: "12px 12px 0", padding: "10px 14px", borderRadius: 8, background: "#fffbe6", border: "1px solid #ffe58f", fontSize: 14 }}>
      <div style={{ fontWeight: 600, marginBottom: 4, color: "#ad6800" }}>
        提案被退回修改{round > 1 ? `（第 ${round} 次）` : ""}，请按以下意见修改后重新提交：
      </div>
      <ol style={{ margin: 0, paddingLeft: 20 }}>
        {reasons.map((r, i) => (
          <li key={i}>{r}</li>
        ))}
      </ol>
    </div>
  );
}
