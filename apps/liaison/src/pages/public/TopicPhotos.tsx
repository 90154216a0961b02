import { Flex, Image } from "antd";

/**
 * A topic's photos as thumbnails that open large: `/files/:id` for staff (their scope decides), `/files/public/:id`
 * on the public page (only the published ones exist there). The same strip in both places.
 */
export function TopicPhotos({ ids, audience, size = 88 }: { ids: readonly string[]; audience: "staff" | "public"; size?: number }) {
  if (ids.length === 0) return null;
  const src = (id: string) => (audience === "public" ? `/files/public/${id}` : `/files/${id}`);
  return (
    <Image.PreviewGroup>
      <Flex gap={8} wrap>
        {ids.map((id, i) => (
          <Image key={id} src={src(id)} width={size} height={size} style={{ objectFit: "cover", borderRadius: 6 }} alt={`群众提供的照片 ${i + 1}`} />
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}
