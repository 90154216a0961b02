import { applyRedactions, redactionKindLabels, suggestRedactions, type Redaction } from "@cppcc/domain";
import { Button, Flex, Tag, Typography } from "antd";
import { Fragment } from "react";

type Props = {
  text: string;
  /** The name the resident gave in the form, found wherever it appears in the text. */
  names: (string | null)[];
  onApply: (text: string) => void;
};

/** The text with what may identify the resident highlighted, split at the suggestions' offsets. */
function Highlighted({ text, found }: { text: string; found: Redaction[] }) {
  let at = 0;
  return (
    <>
      {found.map((r, i) => {
        const before = text.slice(at, r.start);
        at = r.end;
        return (
          <Fragment key={i}>
            {before}
            <mark title={`${redactionKindLabels[r.kind]}：建议改为「${r.replacement}」`} style={{ background: "#ffe58f", padding: "0 2px", borderRadius: 2 }}>
              {r.text}
            </mark>
          </Fragment>
        );
      })}
      {text.slice(at)}
    </>
  );
}

/**
 * What the officer may want to take out before publishing (phones, ID numbers, flats, names),
 * highlighted in place, each with its own 「隐去」 and one for all. Nothing is changed unasked.
 */
export function RedactionHints({ text, names, onApply }: Props) {
  const found = suggestRedactions(text, names);
  if (found.length === 0) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12, display: "block", marginTop: 4 }}>
        未发现电话、身份证号、门牌号或姓名。
      </Typography.Text>
    );
  }
  return (
    // The margin clears a text area's character count, which sits just below the field.
    <Flex vertical gap={8} style={{ background: "#fffbe6", border: "1px solid #ffe58f", borderRadius: 6, padding: "8px 12px", marginTop: 22 }}>
      <Typography.Text style={{ fontSize: 13 }}>
        发现 {found.length} 处可能暴露群众个人信息的内容（黄色标出），建议隐去后再公示：
      </Typography.Text>
      <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }} data-testid="redaction-preview">
        <Highlighted text={text} found={found} />
      </Typography.Paragraph>
      <Flex wrap gap={6} align="center">
        {found.map((r, i) => (
          <Tag key={i} color="gold" style={{ marginInlineEnd: 0 }}>
            {redactionKindLabels[r.kind]}「{r.text}」
            <Button type="link" size="small" style={{ height: "auto", padding: "0 0 0 4px" }} onClick={() => onApply(applyRedactions(text, [r]))}>
              隐去
            </Button>
          </Tag>
        ))}
        <Button size="small" onClick={() => onApply(applyRedactions(text, found))}>
          全部隐去
        </Button>
      </Flex>
    </Flex>
  );
}
