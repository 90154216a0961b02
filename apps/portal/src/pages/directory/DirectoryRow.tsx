import { memberPostLabels } from "@cppcc/domain";
import type { DirectoryItem } from "@cppcc/ui/roster";
import { Avatar, List, Tag } from "antd-mobile";
import { NameBadge } from "../../shell/NameBadge";

const oneLine = { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" } as const;

// antd-mobile lets a row's text push its right-hand side (the phone) off the screen; this lets it shrink instead.
export const directoryRowCss = ".directory-row .adm-list-item-content-main { min-width: 0; }";

/** One fellow member: name and post, sector and group, employer; the masked phone on the right. */
export function DirectoryRow({ member, onOpen }: { member: DirectoryItem; onOpen: () => void }) {
  return (
    <List.Item
      className="directory-row"
      onClick={onOpen}
      prefix={<Avatar src="" fallback={<NameBadge name={member.name} size={18} />} style={{ "--size": "40px", "--border-radius": "50%" }} />}
      description={
        <>
          <div style={oneLine}>
            {member.sectorName} · {member.townshipGroupName}
          </div>
          <div style={oneLine}>{member.employerAndTitle}</div>
        </>
      }
      extra={<span style={{ fontSize: 13, whiteSpace: "nowrap" }}>{member.phone}</span>}
      arrowIcon={false}
    >
      <span style={{ fontWeight: 500 }}>{member.name}</span>
      {member.post !== "member" && (
        <Tag color="primary" fill="outline" style={{ marginLeft: 6, verticalAlign: "middle" }}>
          {memberPostLabels[member.post]}
        </Tag>
      )}
    </List.Item>
  );
}
