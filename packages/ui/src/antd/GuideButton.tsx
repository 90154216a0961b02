import { QuestionCircleOutlined } from "@ant-design/icons";
import { Button, Drawer, Flex, Grid, Typography } from "antd";
import { useState } from "react";
import type { Guide } from "../guide";

/** 操作指南 in the header: the role's daily tasks as numbered steps, in a drawer beside the page being worked on. */
export function GuideButton({ guide, showLabel }: { guide: Guide; showLabel: boolean }) {
  const [open, setOpen] = useState(false);
  const screens = Grid.useBreakpoint();
  return (
    <>
      <Button type="text" icon={<QuestionCircleOutlined />} onClick={() => setOpen(true)} aria-label="操作指南">
        {showLabel && "操作指南"}
      </Button>
      <Drawer title="操作指南" open={open} onClose={() => setOpen(false)} size={(screens.md ?? true) ? 480 : "100%"}>
        <Typography.Paragraph type="secondary">{guide.intro}</Typography.Paragraph>
        <Flex vertical gap={20}>
          {guide.tasks.map((task) => (
            <section key={task.title}>
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {task.title}
              </Typography.Title>
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {task.steps.map((step) => (
                  <li key={step} style={{ marginBottom: 4 }}>
                    {step}
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </Flex>
      </Drawer>
    </>
  );
}
