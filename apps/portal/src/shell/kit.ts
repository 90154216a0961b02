// The antd-mobile parts the shell uses (what loads before any page), each by its own path.
// Importing the "antd-mobile" index here would make every component any lazy page uses part
// of the first load, because the bundler files a module under the first chunk that reaches it.
// Pages import "antd-mobile" as usual; they are lazy chunks already.
import "antd-mobile/es/global";

export { default as Button } from "antd-mobile/es/components/button";
export { default as ConfigProvider } from "antd-mobile/es/components/config-provider";
export { default as NavBar } from "antd-mobile/es/components/nav-bar";
export { default as Result } from "antd-mobile/es/components/result";
export { default as SafeArea } from "antd-mobile/es/components/safe-area";
export { default as Space } from "antd-mobile/es/components/space";
export { default as SpinLoading } from "antd-mobile/es/components/spin-loading";
export { default as TabBar } from "antd-mobile/es/components/tab-bar";
export { unstableSetRender } from "antd-mobile/es/utils/unstable-render";
