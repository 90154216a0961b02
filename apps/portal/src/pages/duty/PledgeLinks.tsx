import { isStanding } from "@cppcc/domain";
import { useSignedIn } from "@cppcc/ui";
import { useMember } from "@cppcc/ui/roster";
import { List } from "antd-mobile";
import { useNavigate } from "react-router";

/** The ways into 我的承诺 and, for standing members only, 年度述职. */
export function PledgeLinks() {
  const { account } = useSignedIn();
  const member = useMember(account.memberId);
  const navigate = useNavigate();
  if (!account.memberId) return null;
  return (
    <List mode="card" header="承诺与述职">
      <List.Item onClick={() => void navigate("/duty/pledge")} description="年初承诺，年终对照档案核对">
        我的承诺
      </List.Item>
      {member.data && isStanding(member.data.post) && (
        <List.Item onClick={() => void navigate("/duty/report")} description="常委根据履职档案撰写年度述职">
          年度述职
        </List.Item>
      )}
    </List>
  );
}
