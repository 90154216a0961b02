import { z } from "zod";

// Field schemas the consultation inputs share (the domain keeps its own generic ones internal).
export const recordId = (what = "编号") => z.uuid({ error: `${what}无效，请刷新后重新选择` });
export const rowVersion = z.number({ error: "缺少版本号，请刷新后重试" }).int().min(0);
export const isoDate = (label: string) => z.iso.date({ error: `${label}格式应为 年-月-日，如 2024-05-20` });
export const reasonText = (label: string) => z.string({ error: `请填写${label}` }).trim().max(500, `${label}不能超过 500 个字`);

export const idInput = z.object({ id: recordId() });
