import { errorMessage, readFileAsBase64, useTRPC } from "@cppcc/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "@cppcc/api";
import { useCallback, useRef, useState } from "react";

export type ImportReport = RouterOutputs["roster"]["importPreview"];
export type ImportOptions = { termId?: string; joinedOn?: string };
export type ChosenFile = { name: string; size: number };

/** Where an import stands; each phase carries what it has so far. */
export type ImportState =
  | { phase: "idle" }
  | { phase: "reading"; file: ChosenFile; percent: number; since: number }
  | { phase: "checking"; file: ChosenFile; since: number }
  | { phase: "checked"; file: ChosenFile; base64: string; report: ImportReport }
  | { phase: "writing"; file: ChosenFile; base64: string; report: ImportReport; since: number }
  | { phase: "done"; file: ChosenFile; report: ImportReport }
  | { phase: "failed"; file: ChosenFile; message: string; step: "reading" | "checking" | "writing" };

// The server accepts 8 MB of request; base64 makes a file a third larger. A roster of 10,000
// members is about 1 MB, so this is no limit in practice.
const maxFileBytes = 5 * 1024 * 1024;

/**
 * 读取文件 → 校验 → 写入. Reading reports real progress; checking writes nothing and returns every
 * bad row; writing is offered only for a file with none, and writes all new members or nothing.
 */
export function useRosterImport() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ImportState>({ phase: "idle" });
  // A newer file makes the answers about an older one irrelevant.
  const run = useRef(0);
  const preview = useMutation(trpc.roster.importPreview.mutationOptions());
  const commit = useMutation(trpc.roster.importCommit.mutationOptions());

  const check = useCallback(
    async (file: ChosenFile, base64: string, options: ImportOptions, id: number) => {
      setState({ phase: "checking", file, since: Date.now() });
      try {
        const report = await preview.mutateAsync({ file: base64, ...options });
        if (run.current === id) setState({ phase: "checked", file, base64, report });
      } catch (error) {
        if (run.current === id) setState({ phase: "failed", file, message: errorMessage(error), step: "checking" });
      }
    },
    [preview],
  );

  const choose = useCallback(
    async (picked: File, options: ImportOptions) => {
      const id = ++run.current;
      const file = { name: picked.name, size: picked.size };
      if (!/\.xlsx$/i.test(picked.name)) {
        setState({ phase: "failed", file, step: "reading", message: "请选择 Excel 2007 及以上格式（.xlsx）的文件；.xls 请先在 Excel 中另存为 .xlsx" });
        return;
      }
      if (picked.size > maxFileBytes) {
        setState({ phase: "failed", file, step: "reading", message: "文件超过 5 MB，请分成几个文件导入" });
        return;
      }
      setState({ phase: "reading", file, percent: 0, since: Date.now() });
      let base64: string;
      try {
        base64 = await readFileAsBase64(picked, (percent) => {
          if (run.current === id) setState((s) => (s.phase === "reading" ? { ...s, percent } : s));
        });
      } catch (error) {
        if (run.current === id) setState({ phase: "failed", file, step: "reading", message: (error as Error).message });
        return;
      }
      if (run.current === id) await check(file, base64, options, id);
    },
    [check],
  );

  /** The options changed after checking: check the same file again, since "unchanged" depends on the term. */
  const recheck = useCallback(
    (options: ImportOptions) => {
      if (state.phase !== "checked") return;
      void check(state.file, state.base64, options, ++run.current);
    },
    [state, check],
  );

  const confirm = useCallback(
    async (options: ImportOptions) => {
      if (state.phase !== "checked") return;
      const { file, base64, report } = state;
      const id = ++run.current;
      setState({ phase: "writing", file, base64, report, since: Date.now() });
      try {
        const result = await commit.mutateAsync({ file: base64, ...options });
        if (run.current !== id) return;
        // Someone changed the roster since the check (a phone now taken): show the new report.
        if (result.created === 0 && result.errors.length > 0) setState({ phase: "checked", file, base64, report: result });
        else setState({ phase: "done", file, report: result });
        await queryClient.invalidateQueries({ queryKey: trpc.roster.pathKey() });
      } catch (error) {
        if (run.current === id) setState({ phase: "failed", file, message: errorMessage(error), step: "writing" });
      }
    },
    [state, commit, queryClient, trpc],
  );

  const reset = useCallback(() => {
    run.current++;
    setState({ phase: "idle" });
  }, []);

  return { state, choose, recheck, confirm, reset };
}
