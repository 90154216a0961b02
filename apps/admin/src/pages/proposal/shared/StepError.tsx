import { StepError as SharedStepError, type StepErrorProps } from "@cppcc/ui/antd";

/** The shared refusal alert, titled for this area's conflicts. */
export function StepError(props: Omit<StepErrorProps, "conflictTitle">) {
  return <SharedStepError {...props} conflictTitle="提案已有变化" />;
}
