import { Result } from "antd";

/** An officer's account without a township cannot run deliberations: say whom to ask. */
export function NoTownship() {
  return <Result status="warning" title="本账号尚未关联镇街道" subTitle="联络员账号须关联所在镇街道后才能开展工作，请联系市政协办公室设置。" />;
}
