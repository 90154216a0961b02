import { idField } from "@cppcc/domain";
import { z } from "zod";

// Field schemas the consultation inputs share (the domain keeps its own generic ones internal).
export const rowVersion = z.number({ error: "缺少版本号，请刷新后重试" }).int().min(0);
export const isoDate = (label: string) => z.iso.date({ error: `${label}格式应为 年-月-日，如 2024-05-20` });
export const reasonText = (label: string) => z.string({ error: `请填写${label}` }).trim().max(500, `${label}不能超过 500 个字`);

/** The input of a procedure that names one row, saying which kind of row in its messages. */
export const idInput = (what: string) => z.object({ id: idField(what) });
