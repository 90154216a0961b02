// The antd pieces the two desk apps (admin, liaison) share. The portal uses antd-mobile instead.
export { AntdRoot } from "./AntdRoot";
export { AppLayout } from "./AppLayout";
export type { NavItem } from "./SideNav";
export { BrandMark } from "./BrandMark";
export { Forbidden } from "./Forbidden";
export { LoadFailed } from "./LoadFailed";
export { LoginPage } from "./LoginPage";
export { PageLoading } from "./PageLoading";
export { antdGuardViews } from "./guardViews";
export { brandRed, theme } from "./theme";
export { AccountCard } from "./AccountCard";
export { CouncilCard } from "./CouncilCard";
export { PageTitle } from "./PageTitle";
export { QueryFailed } from "./QueryFailed";
export { NotFoundPage } from "./NotFoundPage";
export { StepError, type StepErrorProps } from "./StepError";
export { ServerAlert } from "./ServerAlert";
export { SearchInput } from "./SearchInput";
