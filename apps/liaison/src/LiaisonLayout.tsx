import { HomeOutlined } from "@ant-design/icons";
import { appLabels } from "@cppcc/ui";
import { AppLayout, type NavItem } from "@cppcc/ui/antd";

// Later issues add 民生议事堂, 群众意见 and 建议跟踪 here.
const nav: NavItem[] = [{ path: "/", label: "工作台", icon: <HomeOutlined /> }];

/** The liaison frame: on a tablet held upright the side menu folds to icons. */
export function LiaisonLayout() {
  return <AppLayout appLabel={appLabels.liaison} nav={nav} />;
}
