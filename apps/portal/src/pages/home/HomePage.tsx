import { useSignedIn, useTRPC } from "@cppcc/ui";
import { useQuery } from "@tanstack/react-query";
import dayjs from "dayjs";
import { BrandHeader } from "../../shell/BrandHeader";
import { MobileLoadFailed } from "../../shell/MobileLoadFailed";
import { MobileLoading } from "../../shell/MobileLoading";
import { homeBlocks } from "./homeBlocks";

/** The member's first screen: what asks something of them now, their next meetings, then the other blocks in order. */
export function HomePage() {
  const { account } = useSignedIn();
  const trpc = useTRPC();
  const home = useQuery(trpc.home.member.queryOptions(undefined, { staleTime: 0 }));
  return (
    <>
      <BrandHeader title={`${account.displayName}委员，您好`} subtitle={dayjs().tz().format("YYYY年M月D日 dddd")} />
      {home.isPending && <MobileLoading />}
      {home.isError && <MobileLoadFailed error={home.error} retry={() => void home.refetch()} />}
      {home.isSuccess && homeBlocks.map(({ key, Block }) => <Block key={key} home={home.data} />)}
    </>
  );
}
