import { List } from "antd-mobile";
import { useNavigate } from "react-router";
import type { MemberHomeData } from "./homeBlocks";
import { meetingTime } from "./meetingTime";

/** 近期会议: the meetings the member said they will attend, soonest first, with when and where. */
export function NextMeetingsBlock({ home }: { home: MemberHomeData }) {
  const navigate = useNavigate();
  return (
    <List header="近期会议" mode="card" data-testid="home-meetings">
      {home.nextMeetings.length === 0 && <List.Item>近期没有已报名参加的会议</List.Item>}
      {home.nextMeetings.map((m) => (
        <List.Item
          key={m.invitationId}
          onClick={() => void navigate(`/activities/${m.consultationId}`)}
          description={`${meetingTime(m.plannedDate, m.startTime)}${m.place ? ` · ${m.place}` : ""}`}
          extra={m.formatName}
        >
          {m.title}
        </List.Item>
      ))}
    </List>
  );
}
