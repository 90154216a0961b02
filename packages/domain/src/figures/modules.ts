/**
 * The modules a figure is counted from, and whether each is on the platform yet. A figure of a
 * module not built is shown as such, never as 0: a report quoting "0 篇社情民意" would be false.
 * When a module lands, flip `built` here and give its figures a count in the API.
 */
export const figureModules = {
  consultation: { label: "协商议政", built: true },
  proposal: { label: "提案工作", built: true },
  dutyRecord: { label: "委员履职档案", built: true },
  opinionReport: { label: "社情民意信息", built: false },
  supervision: { label: "民主监督", built: false },
  onlineDeliberation: { label: "网络议政", built: false },
} as const;
export type FigureModule = keyof typeof figureModules;

export const moduleNotBuiltText = "该模块尚未上线";
