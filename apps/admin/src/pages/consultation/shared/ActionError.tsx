import { StepError, type StepErrorProps } from "@cppcc/ui/antd";

/** The shared refusal alert, titled for this area's conflicts. */
export function ActionError(props: Omit<StepErrorProps, "conflictTitle">) {
  return <StepError {...props} conflictTitle="内容已被他人更新" />;
}
