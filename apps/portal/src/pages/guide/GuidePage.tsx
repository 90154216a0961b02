import { List, NavBar } from "antd-mobile";
import { useNavigate } from "react-router";
import { memberGuide } from "./memberGuide";

/** 操作指南 on the phone, opened from 我的: each duty as numbered steps, one card per task. */
export function GuidePage() {
  const navigate = useNavigate();
  return (
    <div style={{ minHeight: "100dvh", background: "#f5f5f5", paddingBottom: 24 }}>
      <NavBar onBack={() => void navigate("/me")} style={{ background: "#fff", borderBottom: "1px solid #eee" }}>
        操作指南
      </NavBar>
      <p style={{ color: "#666", fontSize: 14, lineHeight: 1.6, padding: "12px 16px 0", margin: 0 }}>{memberGuide.intro}</p>
      {memberGuide.tasks.map((task) => (
        <List key={task.title} header={task.title} mode="card">
          <List.Item>
            <ol style={{ margin: 0, paddingInlineStart: 20, fontSize: 15, lineHeight: 1.7 }}>
              {task.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </List.Item>
        </List>
      ))}
    </div>
  );
}
