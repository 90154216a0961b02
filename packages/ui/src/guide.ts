/**
 * 操作指南: a role's daily tasks, each as the steps to take on screen. The words are each app's
 * own (its menus and buttons); the shape is shared so the desk apps and the portal render alike.
 */
export type GuideTask = { title: string; steps: string[] };
export type Guide = { intro: string; tasks: GuideTask[] };
