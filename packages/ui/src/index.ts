// Framework-neutral pieces every app shares (the portal too): API access, the session, guards.
import "./locale/dayjs";

export { ApiProvider } from "./trpc/ApiProvider";
export { useTRPC, useTRPCClient } from "./trpc/context";
export { useOverview } from "./trpc/useOverview";
export { errorCode, errorMessage, isUnauthorized } from "./trpc/errors";
export type { Session, SessionAccount } from "./session/types";
export type { CouncilOverview, TownshipSummary } from "./trpc/types";
export { useSession, type SessionState } from "./session/useSession";
export { useLogin, useRequestSmsCode, useSmsLogin, useSmsLoginOffered, type LoginLocationState } from "./session/useLogin";
export { useLogout } from "./session/useLogout";
export { useSessionNotice } from "./session/notice";
export { RequireRole, type ForbiddenProps, type GuardViews, type LoadFailedProps, type MustChangePasswordProps } from "./session/RequireRole";
export { changePasswordFields, confirmMismatch, useChangePassword, type ChangePasswordField, type ChangePasswordValues } from "./session/useChangePassword";
export { useSignedIn } from "./session/SignedInContext";
export { GuestOnly } from "./session/GuestOnly";
export { appLabels, appOfRole, appPaths } from "./session/apps";
export { appTimeZone } from "./locale/dayjs";
export { appBasename } from "./router/basename";
export { councilLevelText } from "./labels";
export { formProblems, problemsOf, type FormProblems, type Problem } from "./trpc/problems";
export { downloadBase64, readFileAsBase64, xlsxType } from "./files/base64";
export { useDebounced } from "./hooks/useDebounced";
export { zodRule } from "./forms/zodRule";
export { attachmentPaths, downloadAttachment, formatBytes, removeAttachmentFile, uploadAttachment, type AttachmentItem } from "./files/attachments";
export type { Guide, GuideTask } from "./guide";
